import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import { projectRoot } from "../runtime.ts";

/** What a build is asked for, besides the articles. */
export interface SiteSettings {
  site: SiteConfig;
  includeDrafts: boolean;
  includeEmbargoed: boolean;
}

/** The project's files every page depends on: its code, its templates and its locked dependencies. */
const sharedInputs = ["src", "templates", ".eleventy.ts", "package-lock.json"];

/**
 * A hash of everything every page depends on besides the archive plan:
 * backfile's own code, the templates (layouts, partials, interface text,
 * assets), the locked dependency versions, the Node.js version (its
 * internationalisation data formats dates), the site settings and the
 * build's options. When it changes, every page is drawn again: conservative,
 * never stale.
 */
export function siteFingerprint({ site, includeDrafts, includeEmbargoed }: SiteSettings): string {
  const hash = createHash("sha256");
  for (const input of sharedInputs) {
    for (const file of filesBelow(path.join(projectRoot, input))) {
      hash.update(path.relative(projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
    }
  }
  hash.update(JSON.stringify({ node: process.version, icu: process.versions.icu, site, includeDrafts, includeEmbargoed }));
  return hash.digest("hex");
}

/** A file, or every file below a folder, in a stable order. */
function filesBelow(target: string): string[] {
  let entries;
  try {
    entries = readdirSync(target, { withFileTypes: true, recursive: true });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOTDIR" ? [target] : [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
