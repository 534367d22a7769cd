import type { SiteConfig } from "../config/site-schema.ts";
import { epochMillis } from "../content/article-date.ts";
import type { Article, FeedPage } from "./model.ts";
import type { Listing } from "./listings.ts";
import { feedUrl, latestUrl } from "./urls.ts";

/**
 * An Atom and a JSON feed of the latest articles of the whole site, of every
 * topic and of every source. Each holds the newest `site.feeds.items` articles;
 * the site's feeds carry `site.feeds.content`, the others `site.feeds.entryContent`.
 */
export function planFeeds(
  articles: readonly Article[],
  listings: { topic: readonly Listing[]; source: readonly Listing[] },
  site: SiteConfig,
  nowIso: string,
): FeedPage[] {
  const { items, content, entryContent } = site.feeds;
  const feeds: FeedPage[] = [...feedPair(site.name, latestUrl(), articles.slice(0, items), content, nowIso)];
  for (const listing of [...listings.topic, ...listings.source]) {
    const entry = listing.context.entry;
    if (listing.pageNumber !== 1 || !entry) continue;
    const newest = collectNewest(listing, [...listings.topic, ...listings.source], items);
    feeds.push(...feedPair(`${entry.name} · ${site.name}`, entry.url, newest, entryContent, nowIso));
  }
  return feeds;
}

/** The first `count` articles of an entry's listing, across its pages. */
function collectNewest(first: Listing, all: readonly Listing[], count: number): Article[] {
  if (first.items.length >= count || first.pageCount === 1) return first.items.slice(0, count);
  const pages = all.filter((page) => page.kind === first.kind && page.key === first.key).sort((a, b) => a.pageNumber - b.pageNumber);
  return pages.flatMap((page) => page.items).slice(0, count);
}

function feedPair(title: string, homeUrl: string, items: Article[], content: "full" | "summary", nowIso: string): FeedPage[] {
  const updated = latestModified(items) ?? nowIso;
  const atom = feedUrl(homeUrl, "atom");
  const json = feedUrl(homeUrl, "json");
  return [
    { url: atom, format: "atom", title, homeUrl, alternateUrl: json, content, updated, items },
    { url: json, format: "json", title, homeUrl, alternateUrl: atom, content, updated, items },
  ];
}

/** The latest `modified` time among articles, as written; undefined for none. */
export function latestModified(articles: readonly Article[]): string | undefined {
  let latest: string | undefined;
  let latestMs = -Infinity;
  for (const article of articles) {
    const ms = epochMillis(article.modified);
    if (ms > latestMs) [latest, latestMs] = [article.modified, ms];
  }
  return latest;
}
