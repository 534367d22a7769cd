import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { type Desk, deskView } from "../archive/desk.ts";
import { type Archive, plannedUrls } from "../archive/model.ts";
import { changedPages, pageSignatures } from "../archive/page-signatures.ts";
import { pageFile, urlFolder } from "../archive/urls.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { Problem } from "../content/problems.ts";
import { ArchivePipeline, type PipelineRun } from "../pipeline/pipeline.ts";
import { processPictures } from "../publishing/process-pictures.ts";
import { wholeSiteOutputs } from "../publishing/whole-site.ts";
import { planSearchBundles, stopSearchIndexer, writeSearchBundle } from "../publishing/search-bundles.ts";
import { renderPages } from "./render-pages.ts";
import { projectRoot } from "../runtime.ts";

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
  /** Every problem the content has now, as `validate` would report them. */
  problems: Problem[];
  /** The desk's view of the archive now. */
  desk: Desk;
  /** The page of each article, by its file as problems name it. */
  pageOf: ReadonlyMap<string, string>;
  ms: number;
}

/**
 * A live preview of the archive: drafts and embargoed articles included and
 * marked. The archive pipeline keeps every story between edits; after each
 * edit the preview compares every page's fingerprint with the last one and
 * hands Eleventy only the pages that changed, so one edit in a large archive
 * shows in about a second. A file that stops being valid keeps its last good
 * version online while its problems are reported.
 */
export class PreviewSession {
  readonly #options: PreviewOptions;
  readonly #pipeline: ArchivePipeline;
  #signatures = new Map<string, string>();
  /** Fingerprint of each year's search bundle as last written, by its URL. */
  #bundles = new Map<string, string>();
  /** Pictures whose files the preview folder holds, by output id (their names change with their bytes). */
  readonly #media = new Set<string>();

  constructor(options: PreviewOptions) {
    this.#options = options;
    this.#pipeline = new ArchivePipeline({
      site: options.site,
      contentDir: options.contentDir,
      cacheDir: options.cacheDir,
      now: options.now ?? Date.now,
      includeDrafts: true,
      includeEmbargoed: true,
      keepGoing: true,
    });
  }

  /** Read everything and write the whole preview site. */
  async start(): Promise<PreviewUpdate> {
    const started = performance.now();
    return this.#drawAll(await this.#pipeline.loadAll(), started);
  }

  /** Take in edited, added and deleted article files (absolute paths) and rewrite what they change. */
  async contentChanged(changed: readonly string[], deleted: readonly string[]): Promise<PreviewUpdate> {
    const started = performance.now();
    const run = await this.#pipeline.update(changed, deleted);
    const signatures = pageSignatures(run.archive.pages);
    const { changed: dirty, removed } = changedPages(this.#signatures, signatures);
    const pictures = await this.#writePictures(run.archive);
    const written = [...pictures, ...(await this.#draw(run.archive, [...dirty]))];
    const gone = [...removed].map((url) => path.join(this.#options.outputDir, pageFile(url)));
    await Promise.all(gone.map((file) => rm(file, { force: true })));
    this.#signatures = signatures;
    return { written, removed: gone, ...this.#status(run), ms: performance.now() - started };
  }

  /** Templates or interface text changed: every page is written again. */
  async templatesChanged(): Promise<PreviewUpdate> {
    return this.#drawAll(this.#pipeline.replan(), performance.now());
  }

  /**
   * Write the search bundles of the years whose articles changed since the
   * last time: a minute's work for a whole large archive, so it runs apart
   * from page updates.
   */
  async indexSearch(): Promise<{ articles: number; ms: number }> {
    const started = performance.now();
    const archive = this.#pipeline.archive ?? this.#pipeline.replan().archive;
    const bundles = planSearchBundles(archive.articles);
    const folderOf = (url: string) => path.join(this.#options.outputDir, urlFolder(url));
    try {
      for (const [url] of this.#bundles) {
        if (!bundles.some((bundle) => bundle.url === url)) await rm(folderOf(url), { recursive: true, force: true });
      }
      for (const bundle of bundles) {
        if (this.#bundles.get(bundle.url) === bundle.fingerprint) continue;
        const bodies = await this.#pipeline.bodies(bundle.articles);
        await rm(folderOf(bundle.url), { recursive: true, force: true });
        await writeSearchBundle(bundle, bodies, this.#options.site, this.#options.outputDir);
      }
      this.#bundles = new Map(bundles.map((bundle) => [bundle.url, bundle.fingerprint]));
    } finally {
      await stopSearchIndexer();
    }
    return { articles: archive.articles.length, ms: performance.now() - started };
  }

  async #drawAll(run: PipelineRun, started: number): Promise<PreviewUpdate> {
    const { outputDir } = this.#options;
    const whole = wholeSiteOutputs(this.#options.site, path.join(projectRoot, "templates"));
    await Promise.all(whole.map((output) => output.write(outputDir)));
    const pictures = await this.#writePictures(run.archive);
    const written = [...pictures, ...(await this.#draw(run.archive, plannedUrls(run.archive.pages)))];
    this.#signatures = pageSignatures(run.archive.pages);
    const files = whole.flatMap((output) => output.files.map((file) => path.join(outputDir, file)));
    return { written: [...files, ...written], removed: [], ...this.#status(run), ms: performance.now() - started };
  }

  /** The problems, the desk and the articles' pages of a run. */
  #status(run: PipelineRun): Pick<PreviewUpdate, "problems" | "desk" | "pageOf"> {
    const { articles } = run.archive;
    return { problems: run.problems, desk: deskView(articles, run.problems, run.stories), pageOf: new Map(articles.map((article) => [article.file, article.url])) };
  }

  /**
   * Make the files of the pictures the preview folder does not hold yet (a
   * file named by its picture's key is that picture's, whenever it was made);
   * returns their absolute paths.
   */
  async #writePictures(archive: Archive): Promise<string[]> {
    const { outputDir, contentDir } = this.#options;
    const fileOf = (url: string) => path.join(outputDir, pageFile(url));
    const missing = archive.media.filter((item) => !this.#media.has(item.id) && !item.variants.every((variant) => existsSync(fileOf(variant.url))));
    await processPictures(missing, contentDir, outputDir);
    for (const item of archive.media) this.#media.add(item.id);
    return missing.flatMap((item) => item.variants.map((variant) => fileOf(variant.url)));
  }

  /** Draw the pages at `urls` into the preview folder; returns their absolute paths. */
  async #draw(archive: Archive, urls: readonly string[]): Promise<string[]> {
    const files = await renderPages({
      site: this.#options.site,
      pages: archive.pages,
      urls,
      outputDir: this.#options.outputDir,
      jobs: availableParallelism(),
      bodies: (articles) => this.#pipeline.bodies(articles),
    });
    return files.map((file) => path.join(this.#options.outputDir, file));
  }
}
