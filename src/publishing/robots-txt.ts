import type { RobotsPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export function robotsTxt(page: RobotsPage, site: SiteConfig): string {
  const sitemaps = page.sitemaps.map((url) => `Sitemap: ${absoluteUrl(url, site.baseUrl, site.pathPrefix)}`);
  return ["User-agent: *", "Allow: /", "", ...sitemaps, ""].join("\n");
}
