import { createHash } from "node:crypto";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import { siteAssets } from "./assets.ts";
import { iconFiles, siteIcons, writeSiteIcons } from "./site-icons.ts";

/**
 * Files of the whole site that come from the templates and the settings, not
 * from the archive plan: the assets, and the icons with the web app manifest.
 * A build makes each when its fingerprint is new; shards leave them to the merge.
 */
export interface WholeSiteOutput {
  /** Its name among a build's outputs: `asset:style.css`, `icons`. */
  id: string;
  fingerprint: string;
  /** The files it makes, site-relative. */
  files: string[];
  /** Make its files in `folder`. */
  write: (folder: string) => Promise<void>;
}

/** The whole-site files of the templates in `templatesDir` under `site`'s settings. */
export function wholeSiteOutputs(site: SiteConfig, templatesDir: string): WholeSiteOutput[] {
  const assets: WholeSiteOutput[] = siteAssets(path.join(templatesDir, "assets")).map((asset) => ({
    id: `asset:${asset.name}`,
    fingerprint: asset.hash,
    files: [asset.file],
    write: async (folder) => {
      await mkdir(path.dirname(path.join(folder, asset.file)), { recursive: true });
      await copyFile(asset.source, path.join(folder, asset.file));
    },
  }));
  const icons = siteIcons(templatesDir);
  if (!icons) return assets;
  // The manifest carries the site's name, description and language.
  const named = { name: site.name, description: site.description, language: site.language };
  return [
    ...assets,
    {
      id: "icons",
      fingerprint: createHash("sha256").update(icons.hash).update(JSON.stringify(named)).digest("hex").slice(0, 16),
      files: iconFiles(icons),
      write: (folder) => writeSiteIcons(icons, named, folder),
    },
  ];
}
