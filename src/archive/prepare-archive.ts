import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import { type ArticleRecord, type LoadedArticle, loadArticle } from "../content/load-article.ts";
import { ContentError, hasErrors, type Problem } from "../content/problems.ts";
import { readContent } from "../content/read-content.ts";
import type { RenderedBody, RenderInput } from "../markdown/render-body.ts";
import { renderKeyer, renderStories } from "../markdown/render-stories.ts";
import { ArticleCache, loadingFingerprint, storyKey } from "./article-cache.ts";
import { buildArchive, type Story } from "./build-archive.ts";
import type { Archive } from "./model.ts";

export interface PrepareOptions {
  site: SiteConfig;
  contentDir: string;
  /** Cache folder; no cache when undefined. */
  cacheDir?: string | undefined;
  /** The build's reference time (epoch ms). */
  now: number;
  includeDrafts?: boolean | undefined;
  /** Worker threads for rendering (default: one per CPU). */
  workers?: number | undefined;
  onProgress?: ((phase: "load" | "render", done: number, total: number) => void) | undefined;
}

export interface PrepareStats {
  /** Valid article files. */
  files: number;
  /** Articles taken whole from the cache: neither parsed nor rendered. */
  unchanged: number;
  /** Articles parsed again whose rendered body was still in the cache. */
  reusedRenders: number;
  /** Articles rendered in this run. */
  rendered: number;
  /** Threads that rendered them (1: the main thread). */
  threads: number;
  loadMs: number;
  renderMs: number;
  planMs: number;
}

export interface PrepareResult {
  archive: Archive;
  /** Warnings; errors are thrown as a ContentError. */
  problems: Problem[];
  stats: PrepareStats;
}

interface Pending {
  index: number;
  article: LoadedArticle;
  input: RenderInput;
  storyKey: string;
  renderKey: string;
}

/**
 * Read, validate, render and plan the whole archive: the one path from
 * `content/` to the model the templates read. Unchanged files come whole from
 * the cache; the others are validated, and rendered unless their body is
 * unchanged. Every problem in every file is collected first; if any is an
 * error, a ContentError carrying all of them is thrown and nothing is cached.
 */
export async function prepareArchive(options: PrepareOptions): Promise<PrepareResult> {
  const { site } = options;
  const context = { timeZone: site.timeZone, language: site.language };
  const started = performance.now();
  const read = await readContent({
    contentDir: options.contentDir,
    onProgress: (done, total) => options.onProgress?.("load", done, total),
  });
  const problems = [...read.problems];
  const invalidRefs = new Set(read.unreadable);
  const cache = options.cacheDir === undefined ? undefined : await ArticleCache.open(path.join(options.cacheDir, "articles"), read.files.map((file) => file.ref));
  const loading = loadingFingerprint(site);
  const pipeline = { siteUrl: site.baseUrl, pathPrefix: site.pathPrefix, timeZone: site.timeZone };
  const renderKeyOf = renderKeyer(pipeline);

  const stories: (Story | undefined)[] = new Array<Story | undefined>(read.files.length);
  const pending: Pending[] = [];
  let unchanged = 0;
  let reusedRenders = 0;
  read.files.forEach((source, index) => {
    const key = storyKey(loading, source.text);
    const hit = cache?.get(source.ref);
    if (hit?.storyKey === key) {
      stories[index] = { loaded: { file: source.file, ref: source.ref, ...hit.record }, rendered: hit.rendered };
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
      stories[index] = { loaded: recordOf(loaded.article), rendered: hit.rendered };
      cache?.set(source.ref, { storyKey: key, record: contentOf(loaded.article), renderKey, rendered: hit.rendered });
      reusedRenders++;
      return;
    }
    pending.push({ index, article: loaded.article, input, storyKey: key, renderKey });
  });
  const loadMs = performance.now() - started;

  // When files are already broken, skip rendering but still plan the archive,
  // so duplicate URLs and missing related articles are reported in the same run.
  const rendering = performance.now();
  const broken = hasErrors(problems);
  const { results, threads } = broken
    ? { results: pending.map(() => unrendered), threads: 0 }
    : await renderStories(
        pending.map(({ input }) => input),
        {
          ...pipeline,
          workers: options.workers,
          onProgress: (done, total) => options.onProgress?.("render", done, total),
        },
      );
  pending.forEach(({ index, article, storyKey: key, renderKey }, position) => {
    const rendered = results[position] as RenderedBody;
    stories[index] = { loaded: recordOf(article), rendered };
    cache?.set(article.ref, { storyKey: key, record: contentOf(article), renderKey, rendered });
  });
  if (!broken) await cache?.flush();
  const renderMs = performance.now() - rendering;

  const planning = performance.now();
  const valid = stories.filter((story): story is Story => story !== undefined);
  for (const story of valid) problems.push(...rawHtmlWarnings(story.loaded, story.rendered));
  const planned = buildArchive(valid, site, { now: options.now, includeDrafts: options.includeDrafts ?? false, invalidRefs });
  problems.push(...planned.problems);
  const planMs = performance.now() - planning;

  if (hasErrors(problems)) throw new ContentError(problems);
  return {
    archive: planned.archive,
    problems,
    stats: { files: valid.length, unchanged, reusedRenders, rendered: pending.length, threads, loadMs, renderMs, planMs },
  };
}

function recordOf({ file, ref, fields, bodyLine, lines }: LoadedArticle): ArticleRecord {
  return { file, ref, fields, bodyLine, lines };
}

/** What the cache keeps of a record: not where the file is, which the cache knows by itself. */
function contentOf({ fields, bodyLine, lines }: LoadedArticle): Omit<ArticleRecord, "file" | "ref"> {
  return { fields, bodyLine, lines };
}

const unrendered: RenderedBody = { html: "", excerpt: "", wordCount: 0, rawHtmlLines: [] };

function renderInput(article: LoadedArticle): RenderInput {
  const { fields, body } = article;
  if (fields.dateline === undefined) return { body };
  return { body, dateline: { place: fields.dateline, date: fields.date, source: fields.source, lang: fields.lang } };
}

function rawHtmlWarnings(article: ArticleRecord, rendered: RenderedBody): Problem[] {
  return rendered.rawHtmlLines.map((line) => ({
    code: "RawHtmlRemoved",
    severity: "warning",
    file: article.file,
    line: article.bodyLine + line - 1,
    message: "Raw HTML is removed from the published article.",
    hint: "Write it in Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`.",
  }));
}
