import path from "node:path";
import { type ArchivePages, type Bodies, plannedUrls } from "../archive/model.ts";
import { pageFile } from "../archive/urls.ts";
import { makeFolders } from "../publishing/site-files.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { bindRunOptions } from "./run-options.ts";
import { entryPoint, projectRoot } from "../runtime.ts";

/** The pages one run of Eleventy draws. */
export interface PagesToWrite {
  site: SiteConfig;
  /** The pages, by kind: a whole plan, or the part of it that changed. */
  pages: ArchivePages;
  /** The HTML of every story these pages show whole. */
  bodies: Bodies;
  /** Called as each page is written. */
  onPageWritten?: (() => void) | undefined;
}

/**
 * Draw `pages` with Eleventy straight into `outputDir`, leaving any other file
 * there alone. Returns the files written, relative to `outputDir`.
 */
export async function writePages(outputDir: string, { site, pages, bodies, onPageWritten }: PagesToWrite): Promise<string[]> {
  const output = path.resolve(outputDir);
  // Eleventy makes each page's folder with a recursive mkdir: across tens of thousands of pages, seconds.
  makeFolders(output, plannedUrls(pages).map(pageFile));
  // Loaded when pages are drawn, not before: Eleventy takes a while to load, and a build with nothing to draw never needs it.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(undefined, output, {
    configPath: entryPoint(".eleventy.ts").file,
    pathPrefix: site.pathPrefix,
    quietMode: true,
    config: (config) => bindRunOptions(config, { site, pages, bodies, onPageWritten }),
  });
  // We print our own summary and errors; Eleventy would log every run.
  eleventy.disableLogger();
  const [, written] = await withCwd(projectRoot, () => eleventy.write());
  return written
    .map((result) => result.outputPath)
    .filter((file): file is string => typeof file === "string")
    .map((file) => path.relative(output, path.resolve(projectRoot, file)).split(path.sep).join("/"));
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
