import type { UserConfig } from "@11ty/eleventy";
import type { ArchivePages, Article } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { pageLocation } from "../archive/urls.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { storyHtml } from "../filters/picture-html.ts";
import { absoluteHtml } from "../publishing/absolute-html.ts";
import { atomFeed, correctionsAtomFeed } from "../publishing/atom-feed.ts";
import { hostRedirectsFile } from "../publishing/host-redirects.ts";
import { correctionsJsonFeed, jsonFeed } from "../publishing/json-feed.ts";
import { robotsTxt } from "../publishing/robots-txt.ts";
import { newsSitemapXml, sitemapXml } from "../publishing/sitemap-xml.ts";
import { articleView } from "../views/article-view.ts";
import { correctionsView } from "../views/corrections-view.ts";
import { entryIndexView } from "../views/entry-index-view.ts";
import { listingView } from "../views/listing-view.ts";
import { onThisDayIndexView, onThisDayView } from "../views/on-this-day-views.ts";
import { calendarView, periodView, yearView } from "../views/period-views.ts";
import { notFoundView, searchView } from "../views/site-page-views.ts";
import type { ViewContext } from "../views/view-context.ts";

type Page<Kind extends keyof ArchivePages> = ArchivePages[Kind][number];
type Helpers = ViewContext & { contentOf: (article: Article) => Promise<string> };

/**
 * How each kind of page is drawn: by a Nunjucks layout with the view model
 * that decides what it shows (for people), or by a function (for machines).
 */
type Drawing<Kind extends keyof ArchivePages> =
  | { alias: string; layout: string; view?: (page: Page<Kind>, context: ViewContext) => unknown }
  | { alias: string; render: (page: Page<Kind>, helpers: Helpers) => string | Promise<string> };

const drawnBy: { [Kind in keyof ArchivePages]: Drawing<Kind> } = {
  article: { alias: "article", layout: "article.njk", view: articleView },
  latest: { alias: "listing", layout: "listing.njk", view: listingView },
  topic: { alias: "listing", layout: "listing.njk", view: listingView },
  source: { alias: "listing", layout: "listing.njk", view: listingView },
  byline: { alias: "listing", layout: "listing.njk", view: listingView },
  dateline: { alias: "listing", layout: "listing.njk", view: listingView },
  entryIndex: { alias: "index", layout: "entry-index.njk", view: entryIndexView },
  year: { alias: "year", layout: "year.njk", view: yearView },
  month: { alias: "listing", layout: "period.njk", view: periodView },
  day: { alias: "listing", layout: "period.njk", view: periodView },
  calendar: { alias: "calendar", layout: "calendar.njk", view: calendarView },
  corrections: { alias: "corrections", layout: "corrections.njk", view: correctionsView },
  onThisDay: { alias: "onThisDay", layout: "on-this-day.njk", view: onThisDayView },
  onThisDayIndex: { alias: "onThisDayIndex", layout: "on-this-day-index.njk", view: onThisDayIndexView },
  redirect: { alias: "redirect", layout: "redirect.njk" },
  search: { alias: "search", layout: "search.njk", view: searchView },
  notFound: { alias: "notFound", layout: "not-found.njk", view: notFoundView },
  feed: {
    alias: "feed",
    render: (feed, { site, contentOf }) => (feed.format === "atom" ? atomFeed(feed, site, contentOf) : jsonFeed(feed, site, contentOf)),
  },
  correctionFeed: {
    alias: "correctionFeed",
    render: (feed, { site, t }) => {
      const words = { title: t("corrections.feedTitle", site.language, { site: site.name }), entryTitle: (headline: string) => t("corrections.entryTitle", site.language, { title: headline }) };
      return feed.format === "atom" ? correctionsAtomFeed(feed, site, words) : correctionsJsonFeed(feed, site, words);
    },
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
 * model is the index. Layouts get their view model with the `view` filter
 * (`{% set view = article | view(pageKind) %}`).
 */
export function registerPages(config: UserConfig, context: ViewContext): void {
  const { site } = context;
  // A story's HTML with absolute URLs, made once per article however many feeds carry it.
  const absolute = new WeakMap<Article, Promise<string>>();
  const contentOf = (article: Article) => {
    let html = absolute.get(article);
    if (!html) absolute.set(article, (html = absoluteHtml(storyHtml(article, site.pathPrefix), absoluteUrl(article.url, site.baseUrl, site.pathPrefix))));
    return html;
  };
  config.addFilter("view", (page: Page<keyof ArchivePages>, kind: keyof ArchivePages) => {
    const drawing = drawnBy[kind] as Drawing<keyof ArchivePages>;
    if (!("view" in drawing) || drawing.view === undefined) throw new Error(`Pages of the kind \`${kind}\` have no view model.`);
    return drawing.view(page, context);
  });

  for (const [kind, drawing] of Object.entries(drawnBy) as [keyof ArchivePages, Drawing<keyof ArchivePages>][]) {
    const { alias } = drawing;
    const data = {
      pagination: { data: `archive.pages.${kind}`, size: 1, alias, addAllPagesToCollections: false },
      permalink: (pageData: Record<string, { url: string }>) => {
        const page = pageData[alias];
        return page && pageLocation(page.url);
      },
      eleventyExcludeFromCollections: true,
      pageKind: kind,
      ...("layout" in drawing ? { layout: drawing.layout } : {}),
    };
    const render =
      // The cast bridges what TypeScript cannot correlate: `drawing` and the page are of the same kind.
      "render" in drawing ? (pageData: Record<string, Page<keyof ArchivePages>>) => drawing.render(pageData[alias] as never, { ...context, contentOf }) : () => "";
    config.addTemplate(`backfile/${kind}.11ty.js`, { data, render });
  }
}
