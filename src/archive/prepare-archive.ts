import type { SiteConfig } from "../config/site-schema.ts";
import { loadContent } from "../content/load-content.ts";
import type { LoadedArticle } from "../content/load-article.ts";
import { ContentError, hasErrors, type Problem } from "../content/problems.ts";
import type { RenderedBody, RenderInput } from "../markdown/render-body.ts";
import { type RenderStats, renderStories } from "../markdown/render-stories.ts";
import { buildArchive } from "./build-archive.ts";
import type { Archive } from "./model.ts";

export interface PrepareOptions {
  site: SiteConfig;
  contentDir: string;
  /** Render cache folder; no cache when undefined. */
  cacheDir?: string | undefined;
  /** The build's reference time (epoch ms). */
  now: number;
  includeDrafts?: boolean | undefined;
  /** Worker threads for rendering (default: one per CPU). */
  workers?: number | undefined;
  onProgress?: ((phase: "load" | "render", done: number, total: number) => void) | undefined;
}

export interface PrepareResult {
  archive: Archive;
  /** Warnings; errors are thrown as a ContentError. */
  problems: Problem[];
  stats: { files: number; render: RenderStats; loadMs: number; renderMs: number; planMs: number };
}

/**
 * Load, validate, render and plan the whole archive: the one path from
 * `content/` to the model the templates read. Every problem in every file is
 * collected first; if any is an error, a ContentError carrying all of them is thrown.
 */
export async function prepareArchive(options: PrepareOptions): Promise<PrepareResult> {
  const { site } = options;
  const started = performance.now();
  const loaded = await loadContent({
    contentDir: options.contentDir,
    context: { timeZone: site.timeZone, language: site.language },
    onProgress: (done, total) => options.onProgress?.("load", done, total),
  });
  const problems = [...loaded.problems];
  const loadMs = performance.now() - started;

  // When files are already broken, skip rendering but still plan the archive,
  // so duplicate URLs and missing related articles are reported in the same run.
  const rendering = performance.now();
  const { results, stats } = hasErrors(problems)
    ? { results: loaded.articles.map(() => unrendered), stats: { cached: 0, rendered: 0, threads: 0 } }
    : await renderStories(loaded.articles.map(renderInput), {
        siteUrl: site.baseUrl,
        timeZone: site.timeZone,
        cacheDir: options.cacheDir,
        workers: options.workers,
        onProgress: (done, total) => options.onProgress?.("render", done, total),
      });
  const renderMs = performance.now() - rendering;

  const planning = performance.now();
  const stories = loaded.articles.map((article, index) => {
    const rendered = results[index] as RenderedBody;
    problems.push(...rawHtmlWarnings(article, rendered));
    return { loaded: article, rendered };
  });
  const planned = buildArchive(stories, site, {
    now: options.now,
    includeDrafts: options.includeDrafts ?? false,
    invalidRefs: loaded.invalidRefs,
  });
  problems.push(...planned.problems);
  const planMs = performance.now() - planning;

  if (hasErrors(problems)) throw new ContentError(problems);
  return {
    archive: planned.archive,
    problems,
    stats: { files: loaded.articles.length, render: stats, loadMs, renderMs, planMs },
  };
}

const unrendered: RenderedBody = { html: "", excerpt: "", wordCount: 0, rawHtmlLines: [] };

function renderInput(article: LoadedArticle): RenderInput {
  const { fields, body } = article;
  if (fields.dateline === undefined) return { body };
  return { body, dateline: { place: fields.dateline, date: fields.date, source: fields.source, lang: fields.lang } };
}

function rawHtmlWarnings(article: LoadedArticle, rendered: RenderedBody): Problem[] {
  return rendered.rawHtmlLines.map((line) => ({
    code: "RawHtmlRemoved",
    severity: "warning",
    file: article.file,
    line: article.bodyLine + line - 1,
    message: "Raw HTML is removed from the published article.",
    hint: "Write it in Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`.",
  }));
}
