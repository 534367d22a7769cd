import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** One file of `templates/assets/`, as the site publishes it. */
export interface SiteAsset {
  /** Its name in the templates (`style.css`). */
  name: string;
  /** Absolute path of the source file. */
  source: string;
  /** Site-relative file it is published as (`assets/style.60bfa7b710.css`). */
  file: string;
  /** Hash of its bytes: part of its published name. */
  hash: string;
}

/**
 * Fingerprinted assets: each file of the assets folder is published as
 * `/assets/<name>.<hash>.<ext>`, so hosts may cache it forever and a changed
 * file always gets a new address.
 */
export function siteAssets(folder: string): SiteAsset[] {
  return readdirSync(folder)
    .sort()
    .map((name) => {
      const source = path.join(folder, name);
      const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 10);
      const extension = path.extname(name);
      return { name, source, file: `assets/${path.basename(name, extension)}.${hash}${extension}`, hash };
    });
}

/** The map templates use to link an asset: `assets["style.css"]` → `/assets/style.60bfa7b710.css`. */
export function assetUrls(folder: string): Record<string, string> {
  return Object.fromEntries(siteAssets(folder).map((asset) => [asset.name, `/${asset.file}`]));
}
