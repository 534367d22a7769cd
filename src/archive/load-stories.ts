import type { SiteConfig } from "../config/site-schema.ts";
import { type ArticleRecord, type LoadedArticle, loadArticle } from "../content/load-article.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import type { SourceFile } from "../content/read-content.ts";
import type { RenderedBody, RenderInput } from "../markdown/render-body.ts";
import { pipelineFingerprint } from "../markdown/pipeline-fingerprint.ts";
import { renderKeyer, renderStories } from "../markdown/render-stories.ts";
import { type ArticleCache, loadingFingerprint, storyKey } from "./article-cache.ts";
import type { Story } from "./build-archive.ts";

export interface LoadStoriesOptions {
  site: SiteConfig;
  cache?: ArticleCache | undefined;
  /** Render even when some file has errors (a preview does; a build stops anyway). */
  renderWhenBroken?: boolean;
  /** Worker threads for rendering (default: one per CPU). */
  workers?: number | undefined;
  onRender?: ((done: number, total: number) => void) | undefined;
}

export interface LoadedStories {
  /** For each source file, in order: its story, or undefined when it is not valid. */
  stories: (Story | undefined)[];
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
export async function loadStories(files: readonly SourceFile[], options: LoadStoriesOptions): Promise<LoadedStories> {
  const { site, cache } = options;
  const context = { timeZone: site.timeZone, language: site.language };
  const pipeline = { siteUrl: site.baseUrl, pathPrefix: site.pathPrefix, timeZone: site.timeZone };
  // A file is taken whole from the cache only while neither its validation nor its rendering could change.
  const rendering = pipelineFingerprint(pipeline);
  const loading = `${loadingFingerprint(site)}:${rendering}`;
  const renderKeyOf = renderKeyer(rendering);

  const stories: (Story | undefined)[] = new Array<Story | undefined>(files.length);
  const problems: Problem[] = [];
  const invalidRefs = new Set<string>();
  const pending: Pending[] = [];
  let unchanged = 0;
  let reusedRenders = 0;
  files.forEach((source, index) => {
    const revision = storyKey(loading, source.text);
    const hit = cache?.get(source.ref);
    if (hit?.storyKey === revision) {
      stories[index] = { loaded: { file: source.file, ref: source.ref, ...hit.record }, rendered: hit.rendered, revision };
      unchanged++;
      return;
    }
    const loaded = loadArticle(source.text, source, context);
    problems.push(...loaded.problems);
    if (!loaded.article) {
      invalidRefs.add(source.ref);
      return;
    }
    const input = renderInput(loaded.article);
    const renderKey = renderKeyOf(input);
    if (hit?.renderKey === renderKey) {
      stories[index] = { loaded: recordOf(loaded.article), rendered: hit.rendered, revision };
      cache?.set(source.ref, { storyKey: revision, record: contentOf(loaded.article), renderKey, rendered: hit.rendered });
      reusedRenders++;
      return;
    }
    pending.push({ index, article: loaded.article, input, revision, renderKey });
  });

  // A build stops when files are broken: no need to render, but the archive is
  // still planned so that duplicate URLs and missing links are reported too.
  const skipRendering = hasErrors(problems) && !options.renderWhenBroken;
  const { results, threads } = skipRendering
    ? { results: pending.map(() => unrendered), threads: 0 }
    : await renderStories(
        pending.map(({ input }) => input),
        { ...pipeline, workers: options.workers, onProgress: options.onRender },
      );
  pending.forEach(({ index, article, revision, renderKey }, position) => {
    const rendered = results[position] as RenderedBody;
    stories[index] = { loaded: recordOf(article), rendered, revision };
    if (!skipRendering) cache?.set(article.ref, { storyKey: revision, record: contentOf(article), renderKey, rendered });
  });
  return { stories, problems, invalidRefs, unchanged, reusedRenders, rendered: skipRendering ? 0 : pending.length, threads };
}

function recordOf({ file, ref, fields, bodyLine, lines }: LoadedArticle): ArticleRecord {
  return { file, ref, fields, bodyLine, lines };
}

/** What the cache keeps of a record: not where the file is, which the cache knows by itself. */
function contentOf({ fields, bodyLine, lines }: LoadedArticle): Omit<ArticleRecord, "file" | "ref"> {
  return { fields, bodyLine, lines };
}

const unrendered: RenderedBody = { html: "", excerpt: "", excerptLine: 0, wordCount: 0, rawHtmlLines: [] };

function renderInput(article: LoadedArticle): RenderInput {
  const { fields, body } = article;
  if (fields.dateline === undefined) return { body };
  return { body, dateline: { place: fields.dateline, date: fields.date, source: fields.source, lang: fields.lang } };
}
