import { mkdirSync } from "node:fs";
import path from "node:path";

/**
 * Create the folder of every planned page (`/2015/10/13/x/` → `2015/10/13/x/`)
 * before Eleventy writes. Eleventy makes each with a recursive mkdir, which
 * costs seconds across tens of thousands of pages; creating each parent once
 * and then each folder with a plain mkdir is several times faster.
 */
export function createPageFolders(outputDir: string, urls: readonly string[]): void {
  mkdirSync(outputDir, { recursive: true });
  const made = new Set<string>([""]);
  const folders = [...new Set(urls.filter((url) => url.endsWith("/")).map((url) => url.slice(1, -1)))].sort();
  for (const folder of folders) {
    if (made.has(folder)) continue;
    const parent = path.posix.dirname(folder);
    const parentKey = parent === "." ? "" : parent;
    if (!made.has(parentKey)) {
      mkdirSync(path.join(outputDir, parentKey), { recursive: true });
      made.add(parentKey);
    }
    mkdirSync(path.join(outputDir, folder));
    made.add(folder);
  }
}
