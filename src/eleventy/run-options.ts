import { createHash } from "node:crypto";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import type { Archive } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { site as configuredSite } from "../config/site.ts";

/** What one run of Eleventy builds, and from where. */
export interface RunOptions {
  site: SiteConfig;
  contentDir: string;
  /** Cache folder; none when undefined. */
  cacheDir: string | undefined;
  /** The build's reference time (epoch ms). */
  now: number;
  includeDrafts: boolean;
  includeEmbargoed: boolean;
  /** An archive already prepared by the caller; when absent the plugin prepares it. */
  archive?: Archive;
  /** Called as each page is written, with how many are planned in all. */
  onPageWritten?: ((written: number, total: number) => void) | undefined;
}

/** The project's own folders, wherever the command is run from. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** Where the project keeps what it can make again: caches and the preview. */
export const projectCacheRoot = path.join(projectRoot, ".cache", "backfile");

/**
 * The cache of one content folder (stories and renders of earlier builds, the last
 * search index): `.cache/backfile/<folder name>-<hash of its path>`. Each folder has
 * its own, so building or checking another archive never empties this one's.
 */
export function defaultCacheDir(contentDir: string): string {
  const absolute = path.resolve(contentDir);
  const hash = createHash("sha256").update(absolute).digest("hex").slice(0, 8);
  return path.join(projectCacheRoot, `${path.basename(absolute)}-${hash}`);
}

/** What a plain `eleventy --config=.eleventy.ts` run builds: the project's content, as of now. */
export function defaultRunOptions(): RunOptions {
  return {
    site: configuredSite,
    contentDir: path.join(projectRoot, "content"),
    cacheDir: defaultCacheDir(path.join(projectRoot, "content")),
    now: Date.now(),
    includeDrafts: false,
    includeEmbargoed: false,
  };
}

const bound = new WeakMap<UserConfig, RunOptions>();

/** Hand run options to the plugin through Eleventy's config object (see `buildSite`). */
export function bindRunOptions(config: UserConfig, options: RunOptions): void {
  bound.set(config, options);
}

export function runOptionsFor(config: UserConfig): RunOptions {
  return bound.get(config) ?? defaultRunOptions();
}
