import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";

/** The picture the site's icons are made from, looked for in this order in the templates folder. */
const pictureNames = ["icon.svg", "icon.png"] as const;

/** Square PNG sizes made from the picture: the home-screen icon of Apple devices, and the web app manifest's two. */
const pngSizes = [180, 192, 512] as const;
export type IconSize = (typeof pngSizes)[number];

/** The size of the `favicon.ico` made from the picture: the one browsers ask for at the site's root. */
const faviconSize = 32;

/** The site's icons, planned from one picture: where each is published, and from what. */
export interface SiteIcons {
  /** Absolute path of the picture. */
  source: string;
  /** Hash of the picture's bytes: part of the published names, so a new picture gets new addresses. */
  hash: string;
  /** Site-relative files: `favicon.ico` at the root, each size under `assets/`, the picture itself when it is SVG, and the manifest. */
  favicon: string;
  png: Record<IconSize, string>;
  svg: string | undefined;
  manifest: string;
}

/** Where pages link the icons: site paths for the `url` filter. */
export interface IconLinks {
  favicon: string;
  /** The SVG picture, which browsers that can prefer. */
  svg: string | undefined;
  appleTouch: string;
  manifest: string;
  /** The largest PNG, for link previews of pages without a picture of their own. */
  large: { url: string; width: number; height: number };
}

/**
 * Plan the icons from `icon.svg` (or `icon.png`) in the templates folder:
 * none when there is no such picture. Reads the picture to hash it; the icons
 * themselves are made by `writeSiteIcons`.
 */
export function siteIcons(templatesDir: string): SiteIcons | undefined {
  for (const name of pictureNames) {
    const source = path.join(templatesDir, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(source);
    } catch {
      continue;
    }
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 10);
    const png = Object.fromEntries(pngSizes.map((size) => [size, `assets/icon-${size}.${hash}.png`])) as Record<IconSize, string>;
    return { source, hash, favicon: "favicon.ico", png, svg: name.endsWith(".svg") ? `assets/icon.${hash}.svg` : undefined, manifest: "site.webmanifest" };
  }
  return undefined;
}

/** Every file the icons are published as, site-relative. */
export function iconFiles(icons: SiteIcons): string[] {
  return [icons.favicon, ...Object.values(icons.png), ...(icons.svg ? [icons.svg] : []), icons.manifest];
}

export function iconLinks(icons: SiteIcons): IconLinks {
  const large = Math.max(...pngSizes) as IconSize;
  return {
    favicon: `/${icons.favicon}`,
    svg: icons.svg === undefined ? undefined : `/${icons.svg}`,
    appleTouch: `/${icons.png[180]}`,
    manifest: `/${icons.manifest}`,
    large: { url: `/${icons.png[large]}`, width: large, height: large },
  };
}

/**
 * The web app manifest: the site's name and language, and its icons. Its
 * addresses are relative to the manifest itself, so it holds under any path prefix.
 */
export function webManifest(icons: SiteIcons, site: Pick<SiteConfig, "name" | "description" | "language">): string {
  const manifest = {
    name: site.name,
    ...(site.description === "" ? {} : { description: site.description }),
    lang: site.language,
    start_url: "./",
    scope: "./",
    display: "minimal-ui",
    icons: [192, 512].map((size) => ({ src: icons.png[size as IconSize], sizes: `${size}x${size}`, type: "image/png" })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Make the icons in `folder`: each PNG size (a picture that is not square is
 * centred on a transparent square), `favicon.ico` holding the 32-pixel PNG,
 * the SVG picture as it is, and the manifest. The same picture always gives
 * the same bytes.
 */
export async function writeSiteIcons(icons: SiteIcons, site: Pick<SiteConfig, "name" | "description" | "language">, folder: string): Promise<void> {
  // Loaded when icons are made, not before: most builds reuse the last ones.
  const [{ default: sharp }, { default: icoEndec }] = await Promise.all([import("sharp"), import("ico-endec")]);
  const picture = readFileSync(icons.source);
  const { width = 0, height = 0 } = await sharp(picture).metadata();
  const render = (size: number) =>
    sharp(picture, icons.svg ? { density: Math.min(72 * (size / Math.max(width, height, 1)), 2400) } : {})
      .resize(size, size, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
  await mkdir(path.join(folder, "assets"), { recursive: true });
  const written = pngSizes.map(async (size) => writeFile(path.join(folder, icons.png[size]), await render(size)));
  await Promise.all([
    ...written,
    render(faviconSize).then((png) => writeFile(path.join(folder, icons.favicon), icoEndec.encode([png]))),
    icons.svg ? writeFile(path.join(folder, icons.svg), picture) : undefined,
    writeFile(path.join(folder, icons.manifest), webManifest(icons, site)),
  ]);
}
