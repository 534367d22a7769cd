import { createHash } from "node:crypto";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { ArchivePages, Bodies } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { projectRoot } from "../runtime.ts";

/** What one run of Eleventy draws: the site's settings and the planned pages (see `writePages`). */
export interface RunOptions {
  site: SiteConfig;
  pages: ArchivePages;
  /** The HTML of every story the pages show whole. */
  bodies: Bodies;
  /** Called as each page is written. */
  onPageWritten?: (() => void) | undefined;
}

/** Where the project keeps what it can make again: caches and the preview. */
export const projectCacheRoot = path.join(projectRoot, ".cache", "backfile");

/**
 * The cache of one content folder (stories and renders of earlier builds, the last
 * site and its search bundles): `.cache/backfile/<folder name>-<hash of its path>`.
 * Each folder has its own, so building or checking another archive never empties this one's.
 */
export function defaultCacheDir(contentDir: string): string {
  const absolute = path.resolve(contentDir);
  const hash = createHash("sha256").update(absolute).digest("hex").slice(0, 8);
  return path.join(projectCacheRoot, `${path.basename(absolute)}-${hash}`);
}

const bound = new WeakMap<UserConfig, RunOptions>();

/** Hand run options to the plugin through Eleventy's config object (see `writePages`). */
export function bindRunOptions(config: UserConfig, options: RunOptions): void {
  bound.set(config, options);
}

/** The options `writePages` bound to this config; none for a plain `eleventy --config=.eleventy.ts` run. */
export function runOptionsFor(config: UserConfig): RunOptions | undefined {
  return bound.get(config);
}
