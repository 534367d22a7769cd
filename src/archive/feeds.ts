import type { SiteConfig } from "../config/site-schema.ts";
import { compareText } from "../content/problems.ts";
import { entryKindNames, entryKinds } from "./entry-kinds.ts";
import type { Article, FeedPage } from "./model.ts";
import type { EntryArticles } from "./listings.ts";
import { feedUrl, latestUrl } from "./urls.ts";

/**
 * An Atom and a JSON feed of the latest articles of the whole site, and of
 * every entry of the kinds that have feeds (topics and sources). Each holds the newest `site.feeds.items` articles;
 * the site's feeds carry `site.feeds.content`, the others `site.feeds.entryContent`.
 */
export function planFeeds(articles: readonly Article[], entryArticles: EntryArticles, site: SiteConfig, nowIso: string): FeedPage[] {
  const { items, content, entryContent } = site.feeds;
  const feeds: FeedPage[] = [...feedPair(site.name, latestUrl(), articles.slice(0, items), content, nowIso)];
  for (const kind of entryKindNames.filter((name) => entryKinds[name].feeds)) {
    const groups = [...entryArticles[kind].values()].sort((a, b) => compareText(a.entry.slug, b.entry.slug));
    for (const { entry, articles: listed } of groups) {
      feeds.push(...feedPair(`${entry.name} · ${site.name}`, entry.url, listed.slice(0, items), entryContent, nowIso));
    }
  }
  return feeds;
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
  let latest: Article | undefined;
  for (const article of articles) if (latest === undefined || article.modifiedMs > latest.modifiedMs) latest = article;
  return latest?.modified;
}
