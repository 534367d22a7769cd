import type { Article, CorrectionFeedPage, FeedPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { withSeconds } from "../content/article-date.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { sharedPicture } from "../filters/share-picture.ts";

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the parts backfile fills. */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: JsonFeedItem[];
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html?: string;
  content_text?: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string; url: string }[];
  tags?: string[];
  language: string;
  image?: string;
}

/**
 * A JSON Feed 1.1 document. JSON needs no escaping beyond what
 * `JSON.stringify` does; every URL is absolute. Dates are RFC 3339: a date
 * written without a time is the start of that day in the site's time zone.
 */
export async function jsonFeed(feed: FeedPage, site: SiteConfig, contentOf: (article: Article) => Promise<string>): Promise<string> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const items: JsonFeedItem[] = [];
  for (const article of feed.items) {
    items.push({
      id: absolute(article.url),
      url: absolute(article.url),
      title: article.title,
      summary: article.summary,
      ...(feed.content === "full" ? { content_html: await contentOf(article) } : { content_text: article.summary }),
      date_published: withSeconds(article.published),
      date_modified: withSeconds(article.modified),
      ...(article.bylines.length > 0 ? { authors: article.bylines.map((byline) => ({ name: byline.person?.name ?? byline.name, url: absolute(byline.url) })) } : {}),
      ...(article.topics.length > 0 ? { tags: article.topics.map((topic) => topic.name) } : {}),
      language: article.lang,
      ...(article.image ? { image: sharedPicture(article.image, site).url } : {}),
    });
  }
  return jsonDocument({ ...feed, items }, site);
}

/**
 * The JSON Feed of the latest corrections: an item per correction note,
 * titled `entryTitle` of the story's headline, linking to the note on the
 * story's page, with what changed as its text.
 */
export function correctionsJsonFeed(feed: CorrectionFeedPage, site: SiteConfig, words: { title: string; entryTitle: (headline: string) => string }): string {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const items: JsonFeedItem[] = feed.items.map((item) => ({
    id: absolute(item.url),
    url: absolute(item.url),
    title: words.entryTitle(item.article.title),
    summary: item.text,
    content_text: item.text,
    date_published: withSeconds(item.date),
    date_modified: withSeconds(item.date),
    language: item.article.lang,
  }));
  return jsonDocument({ ...feed, title: words.title, items }, site);
}

function jsonDocument(feed: { title: string; url: string; homeUrl: string; items: JsonFeedItem[] }, site: SiteConfig): string {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const document: JsonFeed = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: absolute(feed.homeUrl),
    feed_url: absolute(feed.url),
    ...(site.description ? { description: site.description } : {}),
    language: site.language,
    authors: [{ name: site.publisher.name, url: site.publisher.url }],
    items: feed.items,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
