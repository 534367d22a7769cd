import type { CalendarDay } from "./calendar.ts";

/**
 * The one place URL shapes are decided. Every URL is site-relative, starts and
 * ends with `/`, and leaves the path prefix to the templates' `url` filter.
 */

/** `/2015/10/13/lavrov-strikes/`: an article's permanent address. */
export function articleUrl(day: CalendarDay, slug: string): string {
  return `/${day.year}/${day.month}/${day.day}/${slug}/`;
}

/** Kinds of index listing, each a URL segment: `/topics/syria/`. */
export const entryKinds = {
  topic: "topics",
  source: "sources",
  byline: "bylines",
  dateline: "datelines",
} as const;

export type EntryKind = keyof typeof entryKinds;

/** `/topics/`: every topic, A–Z. */
export function entryIndexUrl(kind: EntryKind): string {
  return `/${entryKinds[kind]}/`;
}

/** Path segment of the busiest-first index; no entry may take it as its slug. */
export const rankingSegment = "by-count";

/** `/topics/by-count/`: every topic, busiest first. */
export function entryRankingUrl(kind: EntryKind): string {
  return `/${entryKinds[kind]}/${rankingSegment}/`;
}

/** `/topics/syria/`, `/topics/syria/page/2/`. */
export function entryUrl(kind: EntryKind, slug: string, page = 1): string {
  return paged(`/${entryKinds[kind]}/${slug}/`, page);
}

/** `/`, `/page/2/`: the latest articles. */
export function latestUrl(page = 1): string {
  return paged("/", page);
}

/** `/2015/`, `/2015/10/`, `/2015/10/13/` (and `/2015/10/page/2/`). */
export function periodUrl(period: { year: string; month?: string | undefined; day?: string | undefined }, page = 1): string {
  const parts = [period.year, period.month, period.month === undefined ? undefined : period.day].filter(
    (part): part is string => part !== undefined,
  );
  return paged(`/${parts.join("/")}/`, page);
}

/** `/dates/`: every year and month that has articles. */
export function calendarUrl(): string {
  return "/dates/";
}

/** Where static hosts look for the page they serve for a missing URL. */
export function notFoundUrl(): string {
  return "/404.html";
}

/** Page N of a listing lives under `page/N/`; page 1 is the listing itself. */
export function paged(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/** A listing's feeds: `/feed.xml` and `/feed.json`, `/topics/syria/feed.xml` … */
export function feedUrl(listingUrl: string, format: "atom" | "json"): string {
  return `${listingUrl}feed.${format === "atom" ? "xml" : "json"}`;
}

/** The sitemap, or the sitemap index when the site has more URLs than one sitemap may hold. */
export function sitemapUrl(): string {
  return "/sitemap.xml";
}

/** Part N of a sitemap that was split. */
export function sitemapPartUrl(part: number): string {
  return `/sitemaps/sitemap-${part}.xml`;
}

/** The Google News sitemap: articles of the last two days. */
export function newsSitemapUrl(): string {
  return "/news-sitemap.xml";
}

export function robotsUrl(): string {
  return "/robots.txt";
}

/** The search page. */
export function searchUrl(): string {
  return "/search/";
}

/** Where the search index and its interface are published. */
export function searchBundleUrl(): string {
  return "/pagefind/";
}

/** The site's fixed addresses, for templates: navigation, feeds, search. */
export function siteLinks() {
  return {
    search: searchUrl(),
    searchBundle: searchBundleUrl(),
    latest: latestUrl(),
    topics: entryIndexUrl("topic"),
    sources: entryIndexUrl("source"),
    bylines: entryIndexUrl("byline"),
    datelines: entryIndexUrl("dateline"),
    dates: calendarUrl(),
    feeds: { atom: feedUrl(latestUrl(), "atom"), json: feedUrl(latestUrl(), "json") },
  };
}
