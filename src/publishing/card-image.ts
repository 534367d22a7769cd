import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import type { IconLinks } from "./site-icons.ts";

/** A picture for link previews: absolute URL, size in pixels, description. */
export interface CardImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The picture link previews show for a page without one of its own: the
 * site's `cardImage`, or else its largest icon; none when it has neither.
 */
export function defaultCardImage(site: SiteConfig, icons: IconLinks | undefined): CardImage | undefined {
  if (site.cardImage) return site.cardImage;
  if (!icons) return undefined;
  const { url, width, height } = icons.large;
  return { url: absoluteUrl(url, site.baseUrl, site.pathPrefix), width, height, alt: site.name };
}
