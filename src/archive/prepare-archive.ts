import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import { ContentError, hasErrors, type Problem } from "../content/problems.ts";
import { readContent } from "../content/read-content.ts";
import { ArticleCache } from "./article-cache.ts";
import type { Story } from "./build-archive.ts";
import { loadStories } from "./load-stories.ts";
import type { Archive } from "./model.ts";
import { planArchive } from "./plan-archive.ts";

export interface PrepareOptions {
  site: SiteConfig;
  contentDir: string;
  /** Cache folder; no cache when undefined. */
  cacheDir?: string | undefined;
  /** The build's reference time (epoch ms). */
  now: number;
  includeDrafts?: boolean | undefined;
  includeEmbargoed?: boolean | undefined;
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
  planMs: number;
}

export interface PrepareResult {
  archive: Archive;
  /** Warnings; errors are thrown as a ContentError. */
  problems: Problem[];
  stats: PrepareStats;
}

/**
 * Read, validate, render and plan the whole archive: the one path from
 * `content/` to the model the templates read. Every problem in every file is
 * collected first; if any is an error, a ContentError carrying all of them is
 * thrown and nothing is cached.
 */
export async function prepareArchive(options: PrepareOptions): Promise<PrepareResult> {
  const { site } = options;
  const started = performance.now();
  const read = await readContent({ contentDir: options.contentDir, onProgress: (done, total) => options.onProgress?.("load", done, total) });
  const cache = options.cacheDir === undefined ? undefined : await ArticleCache.open(path.join(options.cacheDir, "articles"), read.files.map((file) => file.ref));
  const loaded = await loadStories(read.files, {
    site,
    cache,
    workers: options.workers,
    onRender: (done, total) => options.onProgress?.("render", done, total),
  });
  const problems = [...read.problems, ...loaded.problems];
  if (!hasErrors(problems)) await cache?.flush();
  const loadMs = performance.now() - started;

  const planning = performance.now();
  const valid = loaded.stories.filter((story): story is Story => story !== undefined);
  const planned = planArchive(valid, site, {
    now: options.now,
    includeDrafts: options.includeDrafts ?? false,
    includeEmbargoed: options.includeEmbargoed ?? false,
    invalidRefs: new Set([...read.unreadable, ...loaded.invalidRefs]),
  });
  problems.push(...planned.problems);
  const planMs = performance.now() - planning;

  if (hasErrors(problems)) throw new ContentError(problems);
  return {
    archive: planned.archive,
    problems,
    stats: {
      files: valid.length,
      unchanged: loaded.unchanged,
      reusedRenders: loaded.reusedRenders,
      rendered: loaded.rendered,
      threads: loaded.threads,
      loadMs,
      planMs,
    },
  };
}
