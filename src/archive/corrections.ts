import type { SiteConfig } from "../config/site-schema.ts";
import { epochMillis } from "../content/article-date.ts";
import { compareText } from "../content/problems.ts";
import { latestModified } from "./feeds.ts";
import { type Article, type CorrectionFeedPage, type CorrectionItem, linkTo } from "./model.ts";
import { type ListingPage, paginate } from "./paginate.ts";
import { correctionsUrl, correctionUrl, feedUrl } from "./urls.ts";

/** A page of the corrections listing, with the listing's feeds. */
export type CorrectionsPage = ListingPage<CorrectionItem> & { feeds: { atom: string; json: string } };

/**
 * Every correction note of every published article, newest first (ties by
 * the article's address), cut into pages at `/corrections/`, and an Atom and
 * a JSON feed of the latest `site.feeds.items` of them. An archive without
 * corrections still has the page, saying so, and its feeds are dated by the
 * archive's last change.
 */
export function planCorrections(articles: readonly Article[], site: SiteConfig, nowIso: string): { pages: CorrectionsPage[]; feeds: CorrectionFeedPage[] } {
  const items: (CorrectionItem & { ms: number })[] = [];
  for (const article of articles) {
    article.corrections.forEach((correction, index) => {
      items.push({ date: correction.date, text: correction.text, article: linkTo(article), url: correctionUrl(article.url, index + 1), ms: epochMillis(correction.date) });
    });
  }
  items.sort((a, b) => b.ms - a.ms || compareText(a.url, b.url));
  const listed: CorrectionItem[] = items.map(({ ms: _ms, ...item }) => item);
  const homeUrl = correctionsUrl();
  const feeds = { atom: feedUrl(homeUrl, "atom"), json: feedUrl(homeUrl, "json") };
  const pages = paginate(listed, site.pageSize, { kind: "corrections", key: "", title: "", baseUrl: homeUrl }).map((page) => ({ ...page, feeds }));
  const latest = listed.slice(0, site.feeds.items);
  // Without corrections the feeds are as old as the archive's last change: not dated by the build's clock.
  const updated = latest[0]?.date ?? latestModified(articles) ?? nowIso;
  return {
    pages,
    feeds: [
      { url: feeds.atom, format: "atom", homeUrl, alternateUrl: feeds.json, updated, items: latest },
      { url: feeds.json, format: "json", homeUrl, alternateUrl: feeds.atom, updated, items: latest },
    ],
  };
}
