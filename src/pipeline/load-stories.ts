import type { Story } from "../archive/build-archive.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { ArticleRecord, LoadedArticle } from "../content/load-article.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import type { SourceFile } from "../content/read-content.ts";
import { pipelineFingerprint, renderKeyer } from "../markdown/pipeline-fingerprint.ts";
import type { RenderedBody, RenderInput, StoryFacts } from "../markdown/render-body.ts";
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
  let rendered = 0;
  let threads = 0;
  if (misses.length > 0) {
    // Validation and rendering load a good many modules: only when some file needs them.
    const [{ loadArticle }, { openRenderer, batchSize }] = await Promise.all([import("../content/load-article.ts"), import("../markdown/render-stories.ts")]);
    const renderer = openRenderer({ ...pipeline, expected: misses.length, workers: options.workers });
    const renders: Promise<void>[] = [];
    let batch: Pending[] = [];
    // Stories are handed to the render threads a batch at a time, while the next ones are read.
    const renderBatch = (handed: Pending[]) => {
      renders.push(
        renderer.render(handed.map(({ input }) => input)).then((results) => {
          handed.forEach(({ index, article, revision, renderKey }, position) => {
            const { html: body, ...facts } = results[position] as RenderedBody;
            stories[index] = { loaded: recordOf(article), facts, revision, renderKey };
            // A story that could not be rendered is reported, and tried again by the next build.
            if (facts.failure) return;
            html.set(article.ref, body);
            cache?.set(article.ref, { storyKey: revision, record: contentOf(article), renderKey, facts }, body);
          });
          options.onRender?.((rendered += handed.length), misses.length);
        }),
      );
    };
    try {
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
        const story = { index, article: loaded.article, input, revision, renderKey };
        pending.push(story);
        // A build stops when files are broken: once one is, what is left need not be rendered.
        if (hasErrors(problems) && !options.renderWhenBroken) continue;
        batch.push(story);
        if (batch.length === batchSize) {
          renderBatch(batch);
          batch = [];
        }
      }
      if (batch.length > 0) renderBatch(batch);
      await Promise.all(renders);
      threads = renders.length > 0 ? renderer.threads : 0;
    } finally {
      await renderer.close();
    }
  }
  // Stories left unrendered (the build stops on an error) are still planned, so that
  // duplicate URLs and missing links are reported too.
  for (const { index, article, revision, renderKey } of pending) {
    stories[index] ??= { loaded: recordOf(article), facts: unrenderedFacts, revision, renderKey };
  }
  return { stories, html, problems, invalidRefs, unchanged, reusedRenders, rendered, threads };
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

const unrenderedFacts: StoryFacts = { excerpt: "", excerptLine: 0, wordCount: 0, rawHtmlLines: [], pictures: [] };

/** What an article's HTML is rendered from: its body and the parts of its dateline lead. */
export function renderInput(article: Pick<LoadedArticle, "fields" | "body">): RenderInput {
  const { fields, body } = article;
  if (fields.dateline === undefined) return { body };
  return { body, dateline: { place: fields.dateline, date: fields.date, source: fields.source, lang: fields.lang } };
}
