import type { UserConfig } from "@11ty/eleventy";
import { type ArchivePages, type Article, type Bodies, bodyOf } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { pageLocation } from "../archive/urls.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { absoluteHtml } from "../publishing/absolute-html.ts";
import { atomFeed } from "../publishing/atom-feed.ts";
import { jsonFeed } from "../publishing/json-feed.ts";
import { hostRedirectsFile } from "../publishing/host-redirects.ts";
import { robotsTxt } from "../publishing/robots-txt.ts";
import { newsSitemapXml, sitemapXml } from "../publishing/sitemap-xml.ts";

type Page<Kind extends keyof ArchivePages> = ArchivePages[Kind][number];
type Helpers = { site: SiteConfig; contentOf: (article: Article) => Promise<string> };

/** How each kind of page is drawn: by a Nunjucks layout (for people), or by a function (for machines). */
type Drawing<Kind extends keyof ArchivePages> =
  | { alias: string; layout: string }
  | { alias: string; render: (page: Page<Kind>, helpers: Helpers) => string | Promise<string> };

const drawnBy: { [Kind in keyof ArchivePages]: Drawing<Kind> } = {
  article: { alias: "article", layout: "article.njk" },
  latest: { alias: "listing", layout: "listing.njk" },
  topic: { alias: "listing", layout: "listing.njk" },
  source: { alias: "listing", layout: "listing.njk" },
  byline: { alias: "listing", layout: "listing.njk" },
  dateline: { alias: "listing", layout: "listing.njk" },
  entryIndex: { alias: "index", layout: "entry-index.njk" },
  year: { alias: "year", layout: "year.njk" },
  month: { alias: "listing", layout: "period.njk" },
  day: { alias: "listing", layout: "period.njk" },
  calendar: { alias: "calendar", layout: "calendar.njk" },
  redirect: { alias: "redirect", layout: "redirect.njk" },
  search: { alias: "search", layout: "search.njk" },
  notFound: { alias: "notFound", layout: "not-found.njk" },
  feed: {
    alias: "feed",
    render: (feed, { site, contentOf }) => (feed.format === "atom" ? atomFeed(feed, site, contentOf) : jsonFeed(feed, site, contentOf)),
  },
  sitemap: { alias: "sitemap", render: (page, { site }) => sitemapXml(page, site) },
  newsSitemap: { alias: "newsSitemap", render: (page, { site }) => newsSitemapXml(page, site) },
  robots: { alias: "robots", render: (page, { site }) => robotsTxt(page, site) },
  hostRedirects: { alias: "hostRedirects", render: (page, { site }) => hostRedirectsFile(page, site) },
};

/**
 * One virtual template per kind of page, paginating one page at a time over
 * the archive's planned pages (`archive.pages.<kind>`). The page's own `url` is
 * its permalink, and pages stay out of Eleventy's collections: the archive
 * model is the index.
 */
export function registerPages(config: UserConfig, site: SiteConfig, bodies: () => Bodies): void {
  // A story's HTML with absolute URLs, made once per article however many feeds carry it.
  const absolute = new WeakMap<Article, Promise<string>>();
  const contentOf = (article: Article) => {
    let html = absolute.get(article);
    if (!html) absolute.set(article, (html = absoluteHtml(bodyOf(article, bodies()), absoluteUrl(article.url, site.baseUrl, site.pathPrefix))));
    return html;
  };

  for (const [kind, drawing] of Object.entries(drawnBy) as [keyof ArchivePages, Drawing<keyof ArchivePages>][]) {
    const { alias } = drawing;
    const data = {
      pagination: { data: `archive.pages.${kind}`, size: 1, alias, addAllPagesToCollections: false },
      permalink: (pageData: Record<string, { url: string }>) => {
        const page = pageData[alias];
        return page && pageLocation(page.url);
      },
      eleventyExcludeFromCollections: true,
      ...("layout" in drawing ? { layout: drawing.layout } : {}),
    };
    const render =
      // The cast bridges what TypeScript cannot correlate: `drawing` and the page are of the same kind.
      "render" in drawing ? (pageData: Record<string, Page<keyof ArchivePages>>) => drawing.render(pageData[alias] as never, { site, contentOf }) : () => "";
    config.addTemplate(`backfile/${kind}.11ty.js`, { data, render });
  }
}
