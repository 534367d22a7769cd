import type { Story } from "../archive/build-archive.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { ArticleRecord, LoadedArticle } from "../content/load-article.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import type { SourceFile } from "../content/read-content.ts";
import { pipelineFingerprint, renderKeyer } from "../markdown/pipeline-fingerprint.ts";
import type { RenderedBody, RenderInput } from "../markdown/render-body.ts";
import { type ArticleCache, loadingFingerprint, storyKey } from "./article-cache.ts";

/** A file known unchanged since the cache took it in: its revision, without its text. */
export interface KnownSource {
  file: string;
  ref: string;
  revision: string;
}

export interface LoadStoriesOptions {
  site: SiteConfig;
  /** What every story's revision depends on besides its file (see `loadingKey`). */
  loading: string;
  cache?: ArticleCache | undefined;
  /** Render even when some file has errors (a preview does; a build stops anyway). */
  renderWhenBroken?: boolean | undefined;
  /** Worker threads for rendering (default: one per CPU). */
  workers?: number | undefined;
  onRender?: ((done: number, total: number) => void) | undefined;
}

export interface LoadedStories {
  /** For each source file, in order: its story, or undefined when it is not valid. */
  stories: (Story | undefined)[];
  /** HTML rendered in this run, by article reference (the others are in the cache). */
  html: Map<string, string>;
  problems: Problem[];
  /** References of files that did not pass validation. */
  invalidRefs: Set<string>;
  /** Taken whole from the cache. */
  unchanged: number;
  /** Validated again, their rendered body still in the cache. */
  reusedRenders: number;
  rendered: number;
  /** Threads that rendered (1: the main thread, 0: nothing rendered). */
  threads: number;
}

interface Pending {
  index: number;
  article: LoadedArticle;
  input: RenderInput;
  revision: string;
  renderKey: string;
}

/**
 * Turn source files into stories: each unchanged file straight from the cache,
 * the others validated with the one schema and rendered unless their body is
 * unchanged. Updates the cache in memory; the caller flushes it.
 */
export async function loadStories(files: readonly (SourceFile | KnownSource)[], options: LoadStoriesOptions): Promise<LoadedStories> {
  const { site, cache, loading } = options;
  const context = { timeZone: site.timeZone, language: site.language };
  const pipeline = processorOptions(site);
  const renderKeyOf = renderKeyer(pipelineFingerprint(pipeline));

  const stories: (Story | undefined)[] = new Array<Story | undefined>(files.length);
  const html = new Map<string, string>();
  const problems: Problem[] = [];
  const invalidRefs = new Set<string>();
  const pending: Pending[] = [];
  let unchanged = 0;
  let reusedRenders = 0;
  const misses: { source: SourceFile; index: number; revision: string }[] = [];
  files.forEach((source, index) => {
    const revision = "text" in source ? storyKey(loading, source.text) : source.revision;
    const hit = cache?.get(source.ref);
    if (hit?.storyKey === revision) {
      stories[index] = { loaded: { file: source.file, ref: source.ref, ...hit.record }, facts: hit.facts, revision, renderKey: hit.renderKey };
      unchanged++;
    } else if ("text" in source) {
      misses.push({ source, index, revision });
    } else {
      throw new Error(`\`${source.file}\` was taken as unchanged, but the cache does not hold it.`);
    }
  });
  if (misses.length > 0) {
    // Validation loads a good many modules: only when some file needs it.
    const { loadArticle } = await import("../content/load-article.ts");
    for (const { source, index, revision } of misses) {
      const loaded = loadArticle(source.text, source, context);
      problems.push(...loaded.problems);
      if (!loaded.article) {
        invalidRefs.add(source.ref);
        continue;
      }
      const input = renderInput(loaded.article);
      const renderKey = renderKeyOf(input);
      const hit = cache?.get(source.ref);
      if (hit?.renderKey === renderKey) {
        stories[index] = { loaded: recordOf(loaded.article), facts: hit.facts, revision, renderKey };
        cache?.set(source.ref, { storyKey: revision, record: contentOf(loaded.article), renderKey, facts: hit.facts });
        reusedRenders++;
        continue;
      }
      pending.push({ index, article: loaded.article, input, revision, renderKey });
    }
  }

  // A build stops when files are broken: no need to render, but the archive is
  // still planned so that duplicate URLs and missing links are reported too.
  const skipRendering = hasErrors(problems) && !options.renderWhenBroken;
  const { results, threads } =
    skipRendering || pending.length === 0
      ? { results: pending.map(() => unrendered), threads: 0 }
      : await (await import("../markdown/render-stories.ts")).renderStories(
        pending.map(({ input }) => input),
        { ...pipeline, workers: options.workers, onProgress: options.onRender },
      );
  pending.forEach(({ index, article, revision, renderKey }, position) => {
    const { html: body, ...facts } = results[position] as RenderedBody;
    stories[index] = { loaded: recordOf(article), facts, revision, renderKey };
    // A story that could not be rendered is reported, and tried again by the next build.
    if (skipRendering || facts.failure) return;
    html.set(article.ref, body);
    cache?.set(article.ref, { storyKey: revision, record: contentOf(article), renderKey, facts }, body);
  });
  return { stories, html, problems, invalidRefs, unchanged, reusedRenders, rendered: skipRendering ? 0 : pending.length, threads };
}

/**
 * Everything a story's revision depends on besides its file: the code and
 * settings that validate it, and those that render it. While it holds, an
 * unchanged file is taken whole from the cache.
 */
export function loadingKey(site: SiteConfig): string {
  return `${loadingFingerprint(site)}:${pipelineFingerprint(processorOptions(site))}`;
}

function processorOptions(site: SiteConfig) {
  return { siteUrl: site.baseUrl, pathPrefix: site.pathPrefix, timeZone: site.timeZone };
}

function recordOf({ file, ref, fields, bodyLine, lines }: LoadedArticle): ArticleRecord {
  return { file, ref, fields, bodyLine, lines };
}

/** What the cache keeps of a record: not where the file is, which the cache knows by itself. */
function contentOf({ fields, bodyLine, lines }: LoadedArticle): Omit<ArticleRecord, "file" | "ref"> {
  return { fields, bodyLine, lines };
}

const unrendered: RenderedBody = { html: "", excerpt: "", excerptLine: 0, wordCount: 0, rawHtmlLines: [], pictures: [] };

/** What an article's HTML is rendered from: its body and the parts of its dateline lead. */
export function renderInput(article: Pick<LoadedArticle, "fields" | "body">): RenderInput {
  const { fields, body } = article;
  if (fields.dateline === undefined) return { body };
  return { body, dateline: { place: fields.dateline, date: fields.date, source: fields.source, lang: fields.lang } };
}
