import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Fingerprinted assets: each file of `templates/assets/` is published as
 * `/assets/<name>.<hash>.<ext>`, so hosts may cache it forever and a changed
 * file always gets a new address. Returns the copies to make (source → site
 * path, relative to `root`) and the map templates use (`assets["style.css"]`).
 */
export function fingerprintAssets(root: string, folder: string): { copies: Record<string, string>; urls: Record<string, string> } {
  const copies: Record<string, string> = {};
  const urls: Record<string, string> = {};
  for (const name of readdirSync(path.join(root, folder)).sort()) {
    const source = path.posix.join(folder, name);
    const hash = createHash("sha256").update(readFileSync(path.join(root, source))).digest("hex").slice(0, 10);
    const extension = path.extname(name);
    const published = `assets/${path.basename(name, extension)}.${hash}${extension}`;
    copies[source] = published;
    urls[name] = `/${published}`;
  }
  return { copies, urls };
}
