import type { CalendarDay } from "./calendar.ts";
import { type EntryKind, entryKindNames, entryKinds } from "./entry-kinds.ts";

/**
 * The one place URL shapes are decided. Every URL is site-relative, starts and
 * ends with `/`, and leaves the path prefix to the templates' `url` filter.
 */

/** `/2015/10/13/lavrov-strikes/`: an article's permanent address. */
export function articleUrl(day: CalendarDay, slug: string): string {
  return `/${day.year}/${day.month}/${day.day}/${slug}/`;
}

/** An article's address as a reader or an editor may write it: `/2015/10/13/x/` (the last slash optional). */
export const articleUrlPattern = /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/;

/** `/topics/`: every topic, A–Z. */
export function entryIndexUrl(kind: EntryKind): string {
  return `/${entryKinds[kind].segment}/`;
}

/** Path segment of the busiest-first index; no entry may take it as its slug. */
export const rankingSegment = "by-count";

/** `/topics/by-count/`: every topic, busiest first. */
export function entryRankingUrl(kind: EntryKind): string {
  return `/${entryKinds[kind].segment}/${rankingSegment}/`;
}

/** `/topics/syria/`: a topic's listing (its numbered pages: see `pagedUrl`). */
export function entryUrl(kind: EntryKind, slug: string): string {
  return `/${entryKinds[kind].segment}/${slug}/`;
}

/** `/`: the latest articles (older ones on `/page/N/`). */
export function latestUrl(): string {
  return "/";
}

/** `/2015/`, `/2015/10/`, `/2015/10/13/` (and `/2015/10/page/2/`). */
export function periodUrl(period: { year: string; month?: string | undefined; day?: string | undefined }): string {
  const parts = [period.year, period.month, period.month === undefined ? undefined : period.day].filter(
    (part): part is string => part !== undefined,
  );
  return `/${parts.join("/")}/`;
}

/** `/dates/`: every year and month that has articles. */
export function calendarUrl(): string {
  return "/dates/";
}

/** `/corrections/`: every correction, newest first (its numbered pages: see `pagedUrl`). */
export function correctionsUrl(): string {
  return "/corrections/";
}

/** `/2015/10/13/x/#correction-1`: the first correction note of an article (oldest first), on its page. */
export function correctionUrl(articleUrl: string, position: number): string {
  return `${articleUrl}#${correctionAnchor(position)}`;
}

/** The id of an article's Nth correction note (1-based, oldest first). */
export function correctionAnchor(position: number): string {
  return `correction-${position}`;
}

/** `/on-this-day/`: every calendar day that has stories, across the years. */
export function onThisDayIndexUrl(): string {
  return "/on-this-day/";
}

/** `/on-this-day/10-13/`: the stories of one calendar day, across the years (its numbered pages: see `pagedUrl`). */
export function onThisDayUrl(day: { month: string; day: string }): string {
  return `/on-this-day/${day.month}-${day.day}/`;
}

/** Folder the processed pictures are published in. */
export const mediaFolderUrl = "/media/";

/** `/media/3f2a1b9c0d-640.webp`: one processed version of a picture, named by the picture's key. */
export function mediaFileUrl(key: string, width: number, format: string): string {
  return `${mediaFolderUrl}${key}-${width}.${format}`;
}

/** Where static hosts look for the page they serve for a missing URL. */
export function notFoundUrl(): string {
  return "/404.html";
}

/**
 * Numbered page N of a listing: `/topics/syria/page/N/`, counted from the
 * oldest page (see `paginate`); the listing's own address is its front page.
 */
export function pagedUrl(base: string, page: number): string {
  return `${base}page/${page}/`;
}

/** A listing's feeds: `/feed.xml` and `/feed.json`, `/topics/syria/feed.xml` … */
export function feedUrl(listingUrl: string, format: "atom" | "json"): string {
  return `${listingUrl}feed.${format === "atom" ? "xml" : "json"}`;
}

/** The sitemap, or the sitemap index when the site has more URLs than one sitemap may hold. */
export function sitemapUrl(): string {
  return "/sitemap.xml";
}

/**
 * Part N of a sitemap that was split. Parts live at the site's root: a sitemap
 * may only list URLs inside its own folder, and the articles are everywhere.
 */
export function sitemapPartUrl(part: number): string {
  return `/sitemap-${part}.xml`;
}

/** The Google News sitemap: articles of the last two days. */
export function newsSitemapUrl(): string {
  return "/news-sitemap.xml";
}

/** The redirect file Netlify and Cloudflare Pages read: old addresses answered with a 301. */
export function hostRedirectsUrl(): string {
  return "/_redirects";
}

export function robotsUrl(): string {
  return "/robots.txt";
}

/** The search page. */
export function searchUrl(): string {
  return "/search/";
}

/** Where the search index is published: one Pagefind bundle per year, `/pagefind/2015/`, merged by the search page. */
export function searchBundleUrl(year: string): string {
  return `/pagefind/${year}/`;
}

/**
 * The page descriptor's other half: the file a page URL is written to, relative
 * to the site folder. `/2015/10/13/x/` → `2015/10/13/x/index.html`,
 * `/feed.xml` → `feed.xml`. Every part of the build that names output files
 * (folders made ahead, the manifest, shards, the preview) goes through here.
 * Percent-escapes are decoded, as hosts decode a request's path before they
 * look for its file (an old address may be `/%D8%AE%D8%A8%D8%B1/`).
 */
export function pageFile(url: string): string {
  const path = pageLocation(url).slice(1);
  return url.endsWith("/") ? `${path}index.html` : path;
}

/** Where Eleventy writes a page: its URL with percent-escapes decoded (see `pageFile`). */
export function pageLocation(url: string): string {
  return url.includes("%") ? decodeURI(url) : url;
}

/** The folder a folder URL names, relative to the site folder: `/pagefind/2015/` → `pagefind/2015`. */
export function urlFolder(url: string): string {
  return url.slice(1, -1);
}

/** The site's fixed addresses, for templates: navigation, feeds, search. */
export function siteLinks() {
  return {
    search: searchUrl(),
    latest: latestUrl(),
    /** Every entry index, in the navigation's order: `{ kind, url }`. */
    entryIndexes: entryKindNames.map((kind) => ({ kind, url: entryIndexUrl(kind) })),
    topics: entryIndexUrl("topic"),
    sources: entryIndexUrl("source"),
    dates: calendarUrl(),
    corrections: correctionsUrl(),
    onThisDay: onThisDayIndexUrl(),
    feeds: { atom: feedUrl(latestUrl(), "atom"), json: feedUrl(latestUrl(), "json") },
  };
}
