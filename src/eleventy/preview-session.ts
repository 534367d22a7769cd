import { rm } from "node:fs/promises";
import path from "node:path";
import { ArticleCache } from "../archive/article-cache.ts";
import type { Story } from "../archive/build-archive.ts";
import { loadStories } from "../archive/load-stories.ts";
import { type Archive, filterPages } from "../archive/model.ts";
import { changedPages, pageSignatures } from "../archive/page-signatures.ts";
import { planArchive } from "../archive/plan-archive.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { Problem } from "../content/problems.ts";
import { readContent, readSource, refOf } from "../content/read-content.ts";
import { stopSearchIndexer, writeSearchIndex } from "../publishing/search-index.ts";
import { writePages } from "./build-site.ts";

export interface PreviewOptions {
  site: SiteConfig;
  contentDir: string;
  /** Where the preview site is written and served from; never the published site. */
  outputDir: string;
  /** The reference time of each update (default: the clock). */
  now?: () => number;
  /** The builds' cache, to start from (default: none). */
  cacheDir?: string | undefined;
}

export interface PreviewUpdate {
  /** Pages (and assets) written, as absolute paths: what the browser should reload. */
  written: string[];
  /** Pages deleted because nothing plans them any more. */
  removed: string[];
  /** Problems in the content, as `validate` would report them. */
  problems: Problem[];
  ms: number;
}

/**
 * A live preview of the archive: drafts and embargoed articles included and
 * marked. After the first full build it keeps every article and every page's
 * fingerprint in memory. An edit re-reads only the files that changed, plans
 * the archive again, and hands Eleventy only the pages whose fingerprint
 * changed, so one edit in a large archive shows in about a second. A file
 * that stops being valid keeps its last good version online while its
 * problems are reported.
 */
export class PreviewSession {
  readonly #options: PreviewOptions;
  readonly #root: string;
  readonly #stories = new Map<string, Story>();
  /** Files that could not be read or validated: references to them are not reported again. */
  #invalidRefs = new Set<string>();
  /** The archive as last planned: what the preview shows now. */
  #planned: Archive | undefined;
  #signatures = new Map<string, string>();

  constructor(options: PreviewOptions) {
    this.#options = options;
    this.#root = path.resolve(options.contentDir);
  }

  /** Read everything and write the whole preview site. */
  async start(): Promise<PreviewUpdate> {
    const started = performance.now();
    const read = await readContent({ contentDir: this.#root });
    const { cacheDir } = this.#options;
    const cache = cacheDir === undefined ? undefined : await ArticleCache.open(path.join(cacheDir, "articles"), read.files.map((file) => file.ref));
    const loaded = await loadStories(read.files, { site: this.#options.site, cache, renderWhenBroken: true });
    await cache?.flush();
    this.#invalidRefs = new Set([...read.unreadable, ...loaded.invalidRefs]);
    read.files.forEach((source, index) => {
      const story = loaded.stories[index];
      if (story) this.#stories.set(source.ref, story);
    });
    const { archive, problems } = this.#plan();
    const written = await writePages(this.#options.outputDir, this.#runOptions(archive));
    this.#signatures = pageSignatures(archive.pages);
    return { written: written.files, removed: [], problems: [...read.problems, ...loaded.problems, ...problems], ms: performance.now() - started };
  }

  /** Take in edited, added and deleted article files (absolute paths) and rewrite what they change. */
  async contentChanged(changed: readonly string[], deleted: readonly string[]): Promise<PreviewUpdate> {
    const started = performance.now();
    const problems: Problem[] = [];
    for (const file of deleted) {
      this.#stories.delete(refOf(this.#root, file));
      this.#invalidRefs.delete(refOf(this.#root, file));
    }
    const sources = [];
    for (const file of changed.filter((name) => name.endsWith(".md"))) {
      const source = await readSource(this.#root, file);
      if ("problem" in source) problems.push(source.problem);
      else sources.push(source);
    }
    const loaded = await loadStories(sources, { site: this.#options.site, renderWhenBroken: true, workers: 1 });
    problems.push(...loaded.problems);
    sources.forEach((source, index) => {
      const story = loaded.stories[index];
      if (story) this.#stories.set(source.ref, story);
      if (story) this.#invalidRefs.delete(source.ref);
      else this.#invalidRefs.add(source.ref);
    });

    const { archive, problems: planProblems } = this.#plan();
    const signatures = pageSignatures(archive.pages);
    const { changed: dirty, removed } = changedPages(this.#signatures, signatures);
    const written = dirty.size > 0 ? await writePages(this.#options.outputDir, this.#runOptions({ ...archive, pages: filterPages(archive.pages, dirty) })) : { files: [] };
    const gone = [...removed].map((url) => path.join(this.#options.outputDir, outputFileOf(url)));
    await Promise.all(gone.map((file) => rm(file, { force: true })));
    this.#signatures = signatures;
    return { written: written.files, removed: gone, problems: [...problems, ...planProblems], ms: performance.now() - started };
  }

  /** Write the search index of the articles as they are now: a minute's work in a large archive, so it runs apart from page updates. */
  async indexSearch(): Promise<{ articles: number; ms: number }> {
    const started = performance.now();
    const archive = this.#planned ?? this.#plan().archive;
    const { articles } = await writeSearchIndex(archive.articles, this.#options.site, this.#options.outputDir, { cacheDir: this.#options.cacheDir });
    await stopSearchIndexer();
    return { articles, ms: performance.now() - started };
  }

  /** Templates or interface text changed: every page is written again. */
  async templatesChanged(): Promise<PreviewUpdate> {
    const started = performance.now();
    const { archive, problems } = this.#plan();
    const written = await writePages(this.#options.outputDir, this.#runOptions(archive));
    this.#signatures = pageSignatures(archive.pages);
    return { written: written.files, removed: [], problems, ms: performance.now() - started };
  }

  #plan(): { archive: Archive; problems: Problem[] } {
    const stories = [...this.#stories.values()].sort((a, b) => (a.loaded.ref < b.loaded.ref ? -1 : 1));
    const planned = planArchive(stories, this.#options.site, {
      now: (this.#options.now ?? Date.now)(),
      includeDrafts: true,
      includeEmbargoed: true,
      invalidRefs: this.#invalidRefs,
    });
    this.#planned = planned.archive;
    return planned;
  }

  #runOptions(archive: Archive) {
    return {
      site: this.#options.site,
      contentDir: this.#root,
      cacheDir: undefined,
      now: (this.#options.now ?? Date.now)(),
      includeDrafts: true,
      includeEmbargoed: true,
      archive,
    };
  }
}

/** The file a page URL is written to: `/2015/10/13/x/` → `2015/10/13/x/index.html`. */
function outputFileOf(url: string): string {
  return url.endsWith("/") ? `${url}index.html` : url;
}
