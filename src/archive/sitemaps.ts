import { latestTime } from "../content/article-date.ts";
import type { Article, ArchivePages, NewsSitemapPage, RobotsPage, SitemapEntry, SitemapPage } from "./model.ts";
import { latestModified } from "./feeds.ts";
import { newsSitemapUrl, robotsUrl, sitemapPartUrl, sitemapUrl } from "./urls.ts";

/** The sitemap protocol's limit on URLs per sitemap file. */
export const sitemapUrlLimit = 50_000;

/** Google News sitemaps: articles of the last two days, at most a thousand. */
export const newsWindowMs = 48 * 60 * 60 * 1000;
export const newsUrlLimit = 1000;

type HtmlPages = Omit<ArchivePages, "feed" | "correctionFeed" | "sitemap" | "newsSitemap" | "robots" | "redirect" | "hostRedirects" | "notFound" | "search">;

/**
 * Every HTML page a search engine should know, with the time it last changed:
 * an article's modification time, a listing's newest article. Beyond
 * `limit` URLs the sitemap becomes an index of numbered parts.
 */
export function planSitemaps(pages: HtmlPages, limit = sitemapUrlLimit): SitemapPage[] {
  const newest = latestModified(pages.article);
  const of = (items: readonly Article[]) => latestModified(items) ?? newest;
  const yearChanged = latestChangeByYear(pages.article);
  const entries: SitemapEntry[] = [
    ...pages.latest.map((page) => ({ url: page.url, lastmod: of(page.items) })),
    ...pages.article.map((article) => ({ url: article.url, lastmod: article.modified })),
    ...[...pages.topic, ...pages.source, ...pages.byline, ...pages.dateline, ...pages.month, ...pages.day].map((page) => ({
      url: page.url,
      lastmod: of(page.items),
    })),
    ...pages.year.map((year) => ({ url: year.url, lastmod: yearChanged.get(year.period.key) ?? newest })),
    ...pages.entryIndex.map((index) => ({ url: index.url, lastmod: newest })),
    ...pages.calendar.map((calendar) => ({ url: calendar.url, lastmod: newest })),
    ...pages.corrections.map((page) => ({ url: page.url, lastmod: latestTime(page.items.map((item) => item.date)) ?? newest })),
    ...pages.onThisDay.map((page) => ({ url: page.url, lastmod: of(page.items) })),
    ...pages.onThisDayIndex.map((index) => ({ url: index.url, lastmod: newest })),
  ];
  if (entries.length <= limit) return [{ kind: "urlset", url: sitemapUrl(), entries }];
  const parts: SitemapPage[] = [];
  for (let start = 0, part = 1; start < entries.length; start += limit, part++) {
    parts.push({ kind: "urlset", url: sitemapPartUrl(part), entries: entries.slice(start, start + limit) });
  }
  const index: SitemapPage = {
    kind: "index",
    url: sitemapUrl(),
    parts: parts.map((part) => ({ url: part.url, lastmod: part.kind === "urlset" ? latestOf(part.entries) : undefined })),
  };
  return [index, ...parts];
}

/**
 * The Google News sitemap: articles published in the 48 hours up to the build's
 * reference time, newest first, at most 1,000. None while there are none: the
 * sitemap schema has no empty form (a `urlset` holds at least one `url`).
 */
export function planNewsSitemap(articles: readonly Article[], nowMs: number): NewsSitemapPage | undefined {
  const items = articles.filter((article) => article.publishedMs <= nowMs && article.publishedMs > nowMs - newsWindowMs);
  return items.length === 0 ? undefined : { url: newsSitemapUrl(), items: items.slice(0, newsUrlLimit) };
}

/** robots.txt, naming the sitemap and, while there is one, the news sitemap. */
export function planRobots(newsSitemap: NewsSitemapPage | undefined): RobotsPage {
  return { url: robotsUrl(), sitemaps: [sitemapUrl(), ...(newsSitemap ? [newsSitemap.url] : [])] };
}

/** The latest change to any article of each year, in one pass. */
function latestChangeByYear(articles: readonly Article[]): Map<string, string> {
  const latest = new Map<string, Article>();
  for (const article of articles) {
    const current = latest.get(article.day.year);
    if (current === undefined || article.modifiedMs > current.modifiedMs) latest.set(article.day.year, article);
  }
  return new Map([...latest].map(([year, article]) => [year, article.modified]));
}

function latestOf(entries: readonly SitemapEntry[]): string | undefined {
  return latestTime(entries.map((entry) => entry.lastmod));
}
