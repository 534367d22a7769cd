import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { Archive, Article } from "../archive/model.ts";
import { pageSignatures } from "../archive/page-signatures.ts";
import { pageFile } from "../archive/urls.ts";
import { siteAssets } from "../publishing/assets.ts";
import { planSearchBundles, stopSearchIndexer, writeSearchBundle } from "../publishing/search-bundles.ts";
import { listFiles, removeTree } from "../publishing/site-files.ts";
import { type SiteSettings, siteFingerprint } from "./site-fingerprint.ts";
import { renderPages } from "../eleventy/render-pages.ts";
import { inShare, planHash, type Share, wholeSite, writeShardManifest } from "./shards.ts";
import { SiteStore, type Outputs } from "./site-store.ts";
import { acquireLock } from "./cache-lock.ts";
import { projectRoot } from "../runtime.ts";

export interface BuildSiteOptions extends SiteSettings {
  archive: Archive;
  /** The content folder: never inside the output folder, which is replaced. */
  contentDir: string;
  /** Gives articles their HTML (see `ArchivePipeline.attachBodies`). */
  attachBodies: (articles: Iterable<Article>) => Promise<void>;
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
  onPageWritten?: ((count: number, total: number) => void) | undefined;
}

export interface BuiltSite {
  /** Outputs planned (pages, search bundles, assets), and how many were made in this build. */
  planned: { pages: number; bundles: number; files: number };
  made: { pages: number; bundles: number };
  /** How the output folder got the site: changed files only, or a fresh copy swapped in. */
  published: "in place" | "replaced";
}

/**
 * Write the planned site into `outputDir`, drawing only what changed since the
 * last build kept in the cache: every page, search bundle and asset has a
 * fingerprint, and only those whose fingerprint is new are made, into a
 * staging folder; the cache's copy of the site then takes them in and the
 * output folder follows (see `SiteStore`). The result is byte for byte the
 * site a build from nothing gives. Anything that fails before the commit
 * leaves both the cache and the output folder as they were.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const { archive, site } = options;
  const share = options.share ?? wholeSite;
  const output = path.resolve(options.outputDir);
  refuseDangerousOutput(output, path.resolve(options.contentDir));
  const release = await acquireLock(options.cacheDir);
  try {
    const store = await SiteStore.open(path.join(options.cacheDir, "site"));
    const settings = siteFingerprint(options);
    const key = `${settings}:${share.index}/${share.count}`;
    const previous = store.previous(key);

    const pages = pageSignatures(archive.pages);
    const bundles = options.search === false ? [] : planSearchBundles(archive.articles);
    // Assets belong to the whole site: a shard leaves them to the merge.
    const templateAssets = siteAssets(path.join(projectRoot, "templates/assets"));
    const assets = share.count === 1 ? templateAssets : [];
    const fingerprints = new Map<string, string>([...pages, ...bundles.map((bundle) => [bundle.id, bundle.fingerprint] as const)]);
    const isNew = (id: string, fingerprint: string) => previous[id]?.fingerprint !== fingerprint;

    const outputs: Outputs = {};
    for (const [url, fingerprint] of pages) if (inShare(url, share)) outputs[url] = { fingerprint, files: [pageFile(url)] };
    for (const asset of assets) outputs[`asset:${asset.name}`] = { fingerprint: asset.hash, files: [asset.file] };
    const ownBundles = bundles.filter((bundle) => inShare(bundle.id, share));
    for (const bundle of ownBundles) outputs[bundle.id] = { fingerprint: bundle.fingerprint, files: previous[bundle.id]?.files ?? [] };

    const drawn = Object.keys(outputs).filter((id) => id.startsWith("/") && isNew(id, (outputs[id] as { fingerprint: string }).fingerprint));
    const indexed = ownBundles.filter((bundle) => isNew(bundle.id, bundle.fingerprint));
    const copied = assets.filter((asset) => isNew(`asset:${asset.name}`, asset.hash));

    const staging = await store.stagingFolder();
    let change;
    try {
      const searching = writeBundles(indexed, staging, options);
      const [, bundleFiles] = await Promise.all([
        renderPages({
          site,
          pages: archive.pages,
          urls: drawn,
          outputDir: staging,
          jobs: options.jobs,
          attachBodies: options.attachBodies,
          onPageWritten: (count) => options.onPageWritten?.(count, drawn.length),
        }),
        searching,
        Promise.all(copied.map(async (asset) => {
          await mkdir(path.dirname(path.join(staging, asset.file)), { recursive: true });
          await copyFile(asset.source, path.join(staging, asset.file));
        })),
      ]);
      for (const [id, files] of bundleFiles) (outputs[id] as { files: string[] }).files = files;
      if (process.env["BACKFILE_TRACE"]) console.error("rendered", performance.now(), process.cpuUsage());
      change = await store.commit(key, outputs, staging);
      if (process.env["BACKFILE_TRACE"]) console.error("committed", performance.now(), process.cpuUsage());
    } catch (error) {
      await removeTree(staging);
      throw error;
    }

    const published = await store.publish(output, change);
    if (process.env["BACKFILE_TRACE"]) console.error("published", performance.now(), process.cpuUsage());
    if (share.count > 1) {
      await writeShardManifest(output, {
        version: 1,
        share,
        plan: planHash(settings, fingerprints),
        planned: fingerprints.size,
        assets: Object.fromEntries(templateAssets.map((asset) => [asset.name, asset.hash])),
        outputs,
      });
    }
    return {
      planned: { pages: drawnCount(outputs), bundles: ownBundles.length, files: Object.values(outputs).reduce((sum, item) => sum + item.files.length, 0) },
      made: { pages: drawn.length, bundles: indexed.length },
      published,
    };
  } finally {
    await release();
  }
}

/** Index the bundles one after another (each in Pagefind's own process), while the pages are drawn. */
async function writeBundles(bundles: ReturnType<typeof planSearchBundles>, staging: string, options: BuildSiteOptions): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  if (bundles.length === 0) return files;
  try {
    for (const bundle of bundles) {
      await options.attachBodies(bundle.articles);
      const folder = await writeSearchBundle(bundle, options.site, staging);
      files.set(bundle.id, listFiles(path.join(staging, folder)).map((file) => `${folder}/${file}`));
    }
  } finally {
    await stopSearchIndexer();
  }
  return files;
}

function drawnCount(outputs: Outputs): number {
  return Object.keys(outputs).filter((id) => id.startsWith("/")).length;
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
