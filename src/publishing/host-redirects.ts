import type { HostRedirectsPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { withPathPrefix } from "../filters/site-url.ts";

/**
 * The `_redirects` file of Netlify and Cloudflare Pages: one line per old
 * address, `from to 301`, both as the site serves them (path prefix included).
 * Cloudflare Pages answers these with a 301 before any file; Netlify only
 * where no file is served, so there the redirect pages answer instead.
 */
export function hostRedirectsFile(page: HostRedirectsPage, site: SiteConfig): string {
  const lines = page.redirects.map(({ from, to }) => `${withPathPrefix(from, site.pathPrefix)} ${withPathPrefix(to, site.pathPrefix)} 301`);
  return `${lines.join("\n")}\n`;
}
