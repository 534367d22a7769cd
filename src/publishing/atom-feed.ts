import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import type { Article, CorrectionFeedPage, FeedPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { plainTextAsHtml } from "./plain-text-as-html.ts";

/**
 * An Atom 1.0 feed, written by xmlbuilder2, which escapes text and attribute
 * values and drops characters XML 1.0 forbids, so no headline, name or story
 * can break the feed. HTML (headlines, summaries, stories) is carried as
 * escaped text of `type="html"`. Every URL is absolute. `contentOf` gives an
 * article's story as HTML with absolute URLs, for feeds that carry whole stories.
 */
export async function atomFeed(feed: FeedPage, site: SiteConfig, contentOf: (article: Article) => Promise<string>): Promise<string> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const root = atomDocument({ ...feed }, site);
  for (const article of feed.items) {
    const entry = root.ele("entry");
    entry.ele("title", { type: "html" }).txt(plainTextAsHtml(article.title));
    entry.ele("id").txt(absolute(article.url));
    entry.ele("link", { href: absolute(article.url) });
    entry.ele("updated").txt(new Date(article.modified).toISOString());
    entry.ele("summary", { type: "html" }).txt(plainTextAsHtml(article.summary));
    if (feed.content === "full") entry.ele("content", { type: "html" }).txt(await contentOf(article));
    for (const byline of article.bylines) {
      const author = entry.ele("author");
      author.ele("name").txt(byline.person?.name ?? byline.name);
      author.ele("uri").txt(absolute(byline.url));
    }
    for (const topic of article.topics) entry.ele("category", { label: topic.name, scheme: absolute(topic.indexUrl), term: topic.name });
    entry.ele("published").txt(new Date(article.published).toISOString());
  }
  return `${root.end({ prettyPrint: true, indent: "    " })}\n`;
}

/**
 * The Atom feed of the latest corrections: an entry per correction note,
 * titled `entryTitle` of the story's headline, linking to the note on the
 * story's page, with what changed as its summary.
 */
export function correctionsAtomFeed(feed: CorrectionFeedPage, site: SiteConfig, words: { title: string; entryTitle: (headline: string) => string }): string {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const root = atomDocument({ ...feed, title: words.title }, site);
  for (const item of feed.items) {
    const entry = root.ele("entry");
    entry.ele("title", { type: "html" }).txt(plainTextAsHtml(words.entryTitle(item.article.title)));
    entry.ele("id").txt(absolute(item.url));
    entry.ele("link", { href: absolute(item.url) });
    entry.ele("updated").txt(new Date(item.date).toISOString());
    entry.ele("summary", { type: "html" }).txt(plainTextAsHtml(item.text));
    entry.ele("published").txt(new Date(item.date).toISOString());
  }
  return `${root.end({ prettyPrint: true, indent: "    " })}\n`;
}

/** A feed's head: its address, title, time, publisher and links; entries are added to it. */
function atomDocument(feed: { url: string; title: string; updated: string; homeUrl: string }, site: SiteConfig): XMLBuilder {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const root = create({ version: "1.0", encoding: "utf-8", invalidCharReplacement: "" }).ele("http://www.w3.org/2005/Atom", "feed");
  root.ele("id").txt(absolute(feed.url));
  root.ele("title").txt(feed.title);
  root.ele("updated").txt(new Date(feed.updated).toISOString());
  root.ele("generator").txt("backfile");
  const publisher = root.ele("author");
  publisher.ele("name").txt(site.publisher.name);
  publisher.ele("uri").txt(site.publisher.url);
  root.ele("link", { rel: "alternate", href: absolute(feed.homeUrl) });
  root.ele("link", { rel: "self", href: absolute(feed.url) });
  if (site.description) root.ele("subtitle").txt(site.description);
  root.ele("rights").txt(`© ${site.publisher.name}`);
  return root;
}
