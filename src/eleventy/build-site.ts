import { randomBytes } from "node:crypto";
import { rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { plannedUrls } from "../archive/model.ts";
import { stopSearchIndexer, writeSearchIndex } from "../publishing/search-index.ts";
import { createPageFolders } from "./page-folders.ts";
import { bindRunOptions, projectRoot, type RunOptions } from "./run-options.ts";

export interface BuildSiteOptions extends RunOptions {
  /** Folder the finished site replaces. */
  outputDir: string;
  /** Write the search index (default: true). */
  search?: boolean;
}

export interface WrittenPages {
  /** Absolute paths of the files written (pages and copied assets). */
  files: string[];
  pages: number;
}

export interface BuiltSite extends WrittenPages {
  /** Articles in the search index, and whether the last build's index could be reused. */
  search: { articles: number; reused: boolean } | undefined;
}

/**
 * Run Eleventy into a fresh folder next to `outputDir`, then swap it into place.
 * If anything fails, the previous site is left as it was and nothing
 * half-written remains.
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuiltSite> {
  const output = path.resolve(options.outputDir);
  const run = absolutePaths(options);
  refuseDangerousOutput(output, run.contentDir);
  const staging = `${output}.partial-${randomBytes(4).toString("hex")}`;
  try {
    if (run.archive) createPageFolders(staging, plannedUrls(run.archive.pages));
    // Pagefind indexes in its own process while Eleventy writes the pages.
    const searching =
      run.archive && options.search !== false ? writeSearchIndex(run.archive.articles, run.site, staging, { cacheDir: run.cacheDir }) : Promise.resolve(undefined);
    const [written, search] = await Promise.all([writePages(staging, run), searching]);
    await swapInto(staging, output);
    return { ...written, search };
  } finally {
    await Promise.all([rm(staging, { recursive: true, force: true }), stopSearchIndexer()]);
  }
}

/**
 * Render the run's pages with Eleventy straight into `outputDir`, leaving any
 * other file there alone: the preview rewrites only the pages that changed.
 */
export async function writePages(outputDir: string, options: RunOptions): Promise<WrittenPages> {
  const run = absolutePaths(options);
  const eleventy = new Eleventy(undefined, path.resolve(outputDir), {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    pathPrefix: run.site.pathPrefix,
    quietMode: true,
    config: (config) => bindRunOptions(config, run),
  });
  // We print our own summary and errors; Eleventy would log every run.
  eleventy.disableLogger();
  const [copies, pages] = await withCwd(projectRoot, () => eleventy.write());
  const files = [...copies, ...pages].map((result) => result.outputPath).filter((file): file is string => typeof file === "string");
  return { files: files.map((file) => path.resolve(projectRoot, file)), pages: pages.filter((page) => page.outputPath).length };
}

function absolutePaths(options: RunOptions): RunOptions {
  return {
    ...options,
    contentDir: path.resolve(options.contentDir),
    cacheDir: options.cacheDir === undefined ? undefined : path.resolve(options.cacheDir),
  };
}

/** Replace `output` with `staging`; the old site is moved aside first, then removed. */
async function swapInto(staging: string, output: string): Promise<void> {
  const exists = await stat(output).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(staging, output);
    return;
  }
  const retired = `${output}.old-${randomBytes(4).toString("hex")}`;
  await rename(output, retired);
  await rename(staging, output);
  await rm(retired, { recursive: true, force: true });
}

/** The output folder is replaced wholesale, so it must not hold anything else we own. */
function refuseDangerousOutput(output: string, contentDir: string): void {
  const guarded = [projectRoot, path.resolve(contentDir), path.join(projectRoot, "templates"), path.join(projectRoot, "src"), process.cwd()];
  for (const folder of guarded) {
    const relative = path.relative(output, folder);
    if (relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative))) {
      throw new Error(`Refusing to build into \`${output}\`: it holds \`${folder}\`, which the build would replace.`);
    }
  }
}

/** Eleventy resolves its folders from the working directory. */
async function withCwd<T>(directory: string, work: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(directory);
  try {
    return await work();
  } finally {
    process.chdir(previous);
  }
}
