import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Archive } from "../archive/model.ts";
import { pageSignatures } from "../archive/page-signatures.ts";
import { pageFile } from "../archive/urls.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import { renderPages } from "../eleventy/render-pages.ts";
import type { ArchivePipeline, PipelineStats } from "../pipeline/pipeline.ts";
import { siteAssets } from "../publishing/assets.ts";
import { processPictures } from "../publishing/process-pictures.ts";
import { planSearchBundles, type SearchBundle, stopSearchIndexer, writeSearchBundle } from "../publishing/search-bundles.ts";
import { listFiles, removeTree } from "../publishing/site-files.ts";
import { projectRoot } from "../runtime.ts";
import { acquireLock } from "./cache-lock.ts";
import { inShare, planHash, type Share, type ShardManifest, wholeSite, writeShardManifest } from "./shards.ts";
import { type SiteSettings, siteFingerprint } from "./site-fingerprint.ts";
import { type Outputs, SiteStore, SiteStoreDamaged } from "./site-store.ts";

export interface BuildSiteOptions extends SiteSettings {
  /** The archive pipeline, set up for the content folder and the cache. */
  pipeline: ArchivePipeline;
  /** The build's reference time (epoch ms). */
  now: number;
  /** The content folder: never inside the output folder, which is replaced. */
  contentDir: string;
  /** The folder the site (or the shard) is published to. */
  outputDir: string;
  /** The cache folder, where the last site and its manifest are kept. */
  cacheDir: string;
  /** Processes drawing pages at once. */
  jobs: number;
  /** Write the search bundles (default: true). */
  search?: boolean;
  /** The part of the site to build (default: all of it). */
  share?: Share;
  /** Told once the content is loaded (or known unchanged), before pages are drawn. */
  onLoaded?: ((problems: readonly Problem[]) => void) | undefined;
  onPageWritten?: ((count: number, total: number) => void) | undefined;
}

/** What a build made of the site. */
export interface BuiltSite {
  articles: number;
  /** Outputs planned (pages, search bundles, pictures, files), and how many were made in this build. */
  planned: { pages: number; bundles: number; pictures: number; files: number };
  made: { pages: number; bundles: number; pictures: number };
  /** How long making the pictures took (they are made while pages are drawn). */
  picturesMs: number;
  /** How the output folder got the site: changed files only, or a fresh copy swapped in. */
  published: "in place" | "replaced";
  /** The content was the same as at the last build, which was still current: nothing was planned. */
  unchanged: boolean;
}

export type BuildResult =
  | { ok: true; problems: readonly Problem[]; site: BuiltSite; stats: PipelineStats | undefined }
  | { ok: false; problems: readonly Problem[] };

/**
 * Build the site into `outputDir`, doing only what changed since the last
 * build kept in the cache. When the content, the settings and the code are as
 * they were and the reference time changes nothing yet, the last site is
 * published as it is, without planning. Otherwise every page, search bundle,
 * picture and asset gets a fingerprint, and only those whose fingerprint is
 * new are made, into a staging folder; the cache's copy of the site takes them in and
 * the output folder follows (see `SiteStore`). The result is byte for byte the
 * site a build from nothing gives. Content with errors, or anything that fails
 * before the commit, leaves both the cache's site and the output as they were.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildResult> {
  const share = options.share ?? wholeSite;
  const output = path.resolve(options.outputDir);
  refuseDangerousOutput(output, path.resolve(options.contentDir));
  const release = await acquireLock(options.cacheDir);
  try {
    const store = await SiteStore.open(path.join(options.cacheDir, "site"));
    const settings = siteFingerprint(options);
    const key = `${settings}:${share.index}/${share.count}:${options.search === false ? "no search" : "search"}`;

    const scan = await options.pipeline.scan();
    const last = await store.lastBuild();
    const current = scan.inputsKey !== undefined && last?.key === key && last.inputsKey === scan.inputsKey && options.now >= last.from && options.now < last.until;
    if (current && Object.keys(await store.reusable(key, output)).length > 0) {
      try {
        const published = await store.publish(output, undefined);
        options.onLoaded?.(last.warnings);
        if (last.shard) await writeShardManifest(output, last.shard);
        return { ok: true, problems: last.warnings, site: { ...last.site, made: { pages: 0, bundles: 0, pictures: 0 }, picturesMs: 0, published, unchanged: true }, stats: undefined };
      } catch (error) {
        if (!(error instanceof SiteStoreDamaged)) throw error;
        await store.forget();
      }
    }

    const run = await options.pipeline.loadAll();
    options.onLoaded?.(run.problems);
    if (hasErrors(run.problems)) return { ok: false, problems: run.problems };
    const built = await drawSite(run.archive, { ...options, share, output, store, key, settings });
    await store.recordLastBuild({
      key,
      inputsKey: options.pipeline.inputsKey(),
      from: options.now,
      until: run.archive.stableUntil,
      warnings: run.problems,
      site: { articles: built.site.articles, planned: built.site.planned },
      shard: built.shard,
    });
    return { ok: true, problems: run.problems, site: built.site, stats: run.stats };
  } finally {
    await release();
  }
}

interface DrawContext {
  share: Share;
  output: string;
  store: SiteStore;
  /** The store's key for this build's settings and share. */
  key: string;
  /** The fingerprint of the settings and code alone. */
  settings: string;
}

/** Fingerprint every output of the plan, make those that changed, commit them and publish. */
async function drawSite(archive: Archive, options: BuildSiteOptions & DrawContext): Promise<{ site: BuiltSite; shard: ShardManifest | undefined }> {
  const { share, store, key } = options;
  const previous = await store.reusable(key, options.output);
  const pages = pageSignatures(archive.pages);
  const bundles = options.search === false ? [] : planSearchBundles(archive.articles);
  // Assets belong to the whole site: a shard leaves them to the merge.
  const templateAssets = siteAssets(path.join(projectRoot, "templates/assets"));
  const assets = share.count === 1 ? templateAssets : [];
  const isNew = (id: string, fingerprint: string) => previous[id]?.fingerprint !== fingerprint;

  const outputs: Outputs = {};
  for (const [url, fingerprint] of pages) if (inShare(url, share)) outputs[url] = { fingerprint, files: [pageFile(url)] };
  for (const asset of assets) outputs[`asset:${asset.name}`] = { fingerprint: asset.hash, files: [asset.file] };
  const ownBundles = bundles.filter((bundle) => inShare(bundle.id, share));
  for (const bundle of ownBundles) outputs[bundle.id] = { fingerprint: bundle.fingerprint, files: previous[bundle.id]?.files ?? [] };
  // A picture's key names its files and changes with its bytes and the publishing options: it is its fingerprint.
  const ownMedia = archive.media.filter((item) => inShare(item.id, share));
  for (const item of ownMedia) outputs[item.id] = { fingerprint: item.key, files: item.variants.map((variant) => pageFile(variant.url)) };

  const drawn = [...pages.keys()].filter((url) => outputs[url] !== undefined && isNew(url, pages.get(url) as string));
  const indexed = ownBundles.filter((bundle) => isNew(bundle.id, bundle.fingerprint));
  const processed = ownMedia.filter((item) => isNew(item.id, item.key));
  const copied = assets.filter((asset) => isNew(`asset:${asset.name}`, asset.hash));

  const staging = await store.stagingFolder();
  let change;
  let picturesMs = 0;
  try {
    const [, bundleFiles] = await Promise.all([
      renderPages({
        site: options.site,
        pages: archive.pages,
        urls: drawn,
        outputDir: staging,
        jobs: options.jobs,
        attachBodies: (articles) => options.pipeline.attachBodies(articles),
        onPageWritten: (count) => options.onPageWritten?.(count, drawn.length),
      }),
      writeBundles(indexed, staging, options),
      (async () => {
        const started = performance.now();
        await processPictures(processed, options.contentDir, staging);
        picturesMs = performance.now() - started;
      })(),
      Promise.all(
        copied.map(async (asset) => {
          await mkdir(path.dirname(path.join(staging, asset.file)), { recursive: true });
          await copyFile(asset.source, path.join(staging, asset.file));
        }),
      ),
    ]);
    for (const [id, files] of bundleFiles) (outputs[id] as { files: string[] }).files = files;
    change = await store.commit(key, outputs, staging);
  } catch (error) {
    await removeTree(staging);
    throw error;
  }

  const published = await store.publish(options.output, change);
  const fingerprints = new Map<string, string>([
    ...pages,
    ...bundles.map((bundle) => [bundle.id, bundle.fingerprint] as const),
    ...archive.media.map((item) => [item.id, item.key] as const),
  ]);
  const shard: ShardManifest | undefined =
    share.count > 1
      ? {
          version: 1,
          share,
          plan: planHash(options.settings, fingerprints),
          planned: fingerprints.size,
          assets: Object.fromEntries(templateAssets.map((asset) => [asset.name, asset.hash])),
          outputs,
        }
      : undefined;
  if (shard) await writeShardManifest(options.output, shard);
  const site: BuiltSite = {
    articles: archive.articles.length,
    planned: {
      pages: Object.keys(outputs).filter((id) => id.startsWith("/")).length,
      bundles: ownBundles.length,
      pictures: ownMedia.length,
      files: Object.values(outputs).reduce((sum, item) => sum + item.files.length, 0),
    },
    made: { pages: drawn.length, bundles: indexed.length, pictures: processed.length },
    picturesMs,
    published,
    unchanged: false,
  };
  return { site, shard };
}

/** Index the bundles one after another (each in Pagefind's own process), while the pages are drawn. */
async function writeBundles(bundles: readonly SearchBundle[], staging: string, options: BuildSiteOptions): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  if (bundles.length === 0) return files;
  try {
    for (const bundle of bundles) {
      await options.pipeline.attachBodies(bundle.articles);
      const folder = await writeSearchBundle(bundle, options.site, staging);
      files.set(bundle.id, listFiles(path.join(staging, folder)).map((file) => `${folder}/${file}`));
    }
  } finally {
    await stopSearchIndexer();
  }
  return files;
}

/** The output folder is replaced wholesale, so it must not hold anything else we own. */
function refuseDangerousOutput(output: string, contentDir: string): void {
  const guarded = [projectRoot, contentDir, path.join(projectRoot, "templates"), path.join(projectRoot, "src"), process.cwd()];
  for (const folder of guarded) {
    const relative = path.relative(output, folder);
    if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
      throw new Error(`Refusing to build into \`${output}\`: it holds \`${folder}\`, which the build would replace.`);
    }
  }
}
