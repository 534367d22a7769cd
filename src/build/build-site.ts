import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type { Archive } from "../archive/model.ts";
import { pageSignatures } from "../archive/page-signatures.ts";
import { pageFile } from "../archive/urls.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import { renderPages, startRenderJob } from "../eleventy/render-pages.ts";
import type { ArchivePipeline, PipelineStats } from "../pipeline/pipeline.ts";
import { processPictures } from "../publishing/process-pictures.ts";
import { planSearchBundles, type SearchBundle, stopSearchIndexer, writeSearchBundle } from "../publishing/search-bundles.ts";
import { listFiles, removeTree } from "../publishing/site-files.ts";
import { wholeSiteOutputs } from "../publishing/whole-site.ts";
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
  /** The folder the build was asked for from, which it must not replace (default: the working directory). */
  typedFolder?: string | undefined;
  /** The cache folder, where the last site and its manifest are kept. */
  cacheDir: string;
  /** Processes drawing pages at once. */
  jobs: number;
  /** Write the search bundles (default: true). */
  search?: boolean;
  /** Build this shard of the site, with a manifest for `--merge` (default: the whole site, no manifest). */
  share?: Share | undefined;
  /** Told once the content is loaded (or known unchanged), before pages are drawn. */
  onLoaded?: ((problems: readonly Problem[]) => void) | undefined;
  onPageWritten?: ((count: number, total: number) => void) | undefined;
}

/** What a build left out of the site: how many drafts and embargoed stories, and when the next of these goes live. */
export interface HeldBackCount {
  drafts: number;
  embargoed: number;
  /** ISO 8601 time of the soonest embargo to lift. */
  nextRelease: string | undefined;
}

/** What a build made of the site. */
export interface BuiltSite {
  articles: number;
  heldBack: HeldBackCount;
  /** Outputs planned (pages, search bundles, pictures, files), and how many were made in this build. */
  planned: { pages: number; bundles: number; pictures: number; files: number };
  made: { pages: number; bundles: number; pictures: number };
  /** How the output folder got the site: changed files only, or a fresh copy swapped in. */
  published: "in place" | "replaced";
  /** The content was the same as at the last build, which was still current: nothing was planned. */
  unchanged: boolean;
  /** Milliseconds spent fingerprinting the plan, drawing pages, indexing search bundles and making pictures (both alongside the drawing), committing and publishing. */
  ms: { fingerprint: number; draw: number; search: number; pictures: number; commit: number; publish: number };
}

const noTime = { fingerprint: 0, draw: 0, search: 0, pictures: 0, commit: 0, publish: 0 };

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
  const sharded = options.share !== undefined;
  const output = path.resolve(options.outputDir);
  refuseDangerousOutput(output, [path.resolve(options.contentDir), options.typedFolder ?? process.cwd()]);
  const release = await acquireLock(options.cacheDir);
  let early: ChildProcess | undefined;
  try {
    const store = await SiteStore.open(path.join(options.cacheDir, "site"));
    const settings = siteFingerprint(options);
    const key = `${settings}:${sharded ? `shard ${share.index}/${share.count}` : "site"}:${options.search === false ? "no search" : "search"}`;

    const scan = await options.pipeline.scan();
    const last = await store.lastBuild();
    const current = scan.inputsKey !== undefined && last?.key === key && last.inputsKey === scan.inputsKey && options.now >= last.from && options.now < last.until;
    if (current && Object.keys(await store.reusable(key, output)).length > 0) {
      try {
        const published = await store.publish(output, undefined);
        await options.pipeline.rememberScan();
        options.onLoaded?.(last.warnings);
        if (last.shard) await writeShardManifest(output, last.shard);
        return { ok: true, problems: last.warnings, site: { ...last.site, made: { pages: 0, bundles: 0, pictures: 0 }, published, unchanged: true, ms: noTime }, stats: undefined };
      } catch (error) {
        if (!(error instanceof SiteStoreDamaged)) throw error;
        await store.forget();
      }
    }

    // A second process loads Eleventy while this one reads and plans (the build's own start-up would otherwise come before its first page).
    early = options.jobs > 1 ? startRenderJob() : undefined;
    const run = await options.pipeline.loadAll();
    options.onLoaded?.(run.problems);
    if (hasErrors(run.problems)) return { ok: false, problems: run.problems };
    const built = await drawSite(run.archive, { ...options, share, sharded, output, store, key, settings, early });
    await store.recordLastBuild({
      key,
      inputsKey: options.pipeline.inputsKey(),
      from: options.now,
      until: run.archive.stableUntil,
      warnings: run.problems,
      site: { articles: built.site.articles, heldBack: built.site.heldBack, planned: built.site.planned },
      shard: built.shard,
    });
    return { ok: true, problems: run.problems, site: built.site, stats: run.stats };
  } finally {
    if (early?.connected) early.disconnect();
    await release();
  }
}

interface DrawContext {
  share: Share;
  /** A shard build: no whole-site files (the merge adds them), and a manifest. */
  sharded: boolean;
  output: string;
  store: SiteStore;
  /** The store's key for this build's settings and share. */
  key: string;
  /** The fingerprint of the settings and code alone. */
  settings: string;
  /** A render job started while the content was loading (see `renderPages`). */
  early: ChildProcess | undefined;
}

/** Fingerprint every output of the plan, make those that changed, commit them and publish. */
async function drawSite(archive: Archive, options: BuildSiteOptions & DrawContext): Promise<{ site: BuiltSite; shard: ShardManifest | undefined }> {
  const { share, sharded, store, key } = options;
  const started = performance.now();
  const ms = { ...noTime };
  const since = (start: number) => performance.now() - start;
  const previous = await store.reusable(key, options.output);
  const pages = pageSignatures(archive.pages);
  const bundles = options.search === false ? [] : planSearchBundles(archive.articles);
  // Assets and icons belong to the whole site: a shard leaves them to the merge.
  const siteOutputs = wholeSiteOutputs(options.site, path.join(projectRoot, "templates"));
  const whole = sharded ? [] : siteOutputs;
  const isNew = (id: string, fingerprint: string) => previous[id]?.fingerprint !== fingerprint;

  const outputs: Outputs = {};
  for (const [url, fingerprint] of pages) if (inShare(url, share)) outputs[url] = { fingerprint, files: [pageFile(url)] };
  for (const output of whole) outputs[output.id] = { fingerprint: output.fingerprint, files: output.files };
  const ownBundles = bundles.filter((bundle) => inShare(bundle.id, share));
  for (const bundle of ownBundles) outputs[bundle.id] = { fingerprint: bundle.fingerprint, files: previous[bundle.id]?.files ?? [] };
  // A picture's key names its files and changes with its bytes and the publishing options: it is its fingerprint.
  const ownMedia = archive.media.filter((item) => inShare(item.id, share));
  for (const item of ownMedia) outputs[item.id] = { fingerprint: item.key, files: item.variants.map((variant) => pageFile(variant.url)) };

  const drawn = [...pages.keys()].filter((url) => outputs[url] !== undefined && isNew(url, pages.get(url) as string));
  const indexed = ownBundles.filter((bundle) => isNew(bundle.id, bundle.fingerprint));
  const processed = ownMedia.filter((item) => isNew(item.id, item.key));
  const made = whole.filter((output) => isNew(output.id, output.fingerprint));

  ms.fingerprint = since(started);
  const staging = await store.stagingFolder();
  let change;
  try {
    const drawing = performance.now();
    const [, bundleFiles] = await Promise.all([
      renderPages({
        site: options.site,
        pages: archive.pages,
        urls: drawn,
        outputDir: staging,
        jobs: options.jobs,
        early: options.early,
        bodies: (articles) => options.pipeline.bodies(articles),
        onPageWritten: (count) => options.onPageWritten?.(count, drawn.length),
      }).then(() => (ms.draw = since(drawing))),
      writeBundles(indexed, staging, options).then((files) => ((ms.search = since(drawing)), files)),
      processPictures(processed, options.contentDir, staging).then(() => (ms.pictures = since(drawing))),
      Promise.all(made.map((output) => output.write(staging))),
    ]);
    for (const [id, files] of bundleFiles) (outputs[id] as { files: string[] }).files = files;
    const committing = performance.now();
    change = await store.commit(key, outputs, staging);
    ms.commit = since(committing);
  } catch (error) {
    await removeTree(staging);
    throw error;
  }

  const publishing = performance.now();
  const published = await store.publish(options.output, change);
  ms.publish = since(publishing);
  const fingerprints = new Map<string, string>([
    ...pages,
    ...bundles.map((bundle) => [bundle.id, bundle.fingerprint] as const),
    ...archive.media.map((item) => [item.id, item.key] as const),
  ]);
  const shard: ShardManifest | undefined = sharded
    ? {
          version: 1,
          share,
          plan: planHash(options.settings, fingerprints),
          planned: fingerprints.size,
          site: options.site,
          wholeSite: Object.fromEntries(siteOutputs.map((output) => [output.id, output.fingerprint])),
          outputs,
        }
      : undefined;
  if (shard) await writeShardManifest(options.output, shard);
  const { drafts, embargoed } = archive.heldBack;
  const site: BuiltSite = {
    articles: archive.articles.length,
    heldBack: { drafts: drafts.length, embargoed: embargoed.length, nextRelease: embargoed[0]?.published },
    planned: {
      pages: Object.keys(outputs).filter((id) => id.startsWith("/")).length,
      bundles: ownBundles.length,
      pictures: ownMedia.length,
      files: Object.values(outputs).reduce((sum, item) => sum + item.files.length, 0),
    },
    made: { pages: drawn.length, bundles: indexed.length, pictures: processed.length },
    published,
    unchanged: false,
    ms,
  };
  return { site, shard };
}

/** Index the bundles one after another (each in Pagefind's own process), while the pages are drawn. */
async function writeBundles(bundles: readonly SearchBundle[], staging: string, options: BuildSiteOptions): Promise<Map<string, string[]>> {
  const files = new Map<string, string[]>();
  if (bundles.length === 0) return files;
  try {
    for (const bundle of bundles) {
      const folder = await writeSearchBundle(bundle, await options.pipeline.bodies(bundle.articles), options.site, staging);
      files.set(bundle.id, listFiles(path.join(staging, folder)).map((file) => `${folder}/${file}`));
    }
  } finally {
    await stopSearchIndexer();
  }
  return files;
}

/** The output folder is replaced wholesale, so it must not hold anything else we own. */
function refuseDangerousOutput(output: string, folders: readonly string[]): void {
  const guarded = [projectRoot, path.join(projectRoot, "templates"), path.join(projectRoot, "src"), process.cwd(), ...folders];
  for (const folder of guarded) {
    const relative = path.relative(output, folder);
    if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
      throw new Error(`Refusing to build into \`${output}\`: it holds \`${folder}\`, which the build would replace.`);
    }
  }
}
