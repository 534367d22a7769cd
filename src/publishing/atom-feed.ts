import { Feed } from "feed";
import type { Article, FeedPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { plainTextAsHtml } from "./plain-text-as-html.ts";

/**
 * An Atom 1.0 feed, written by the `feed` library (which does the XML
 * escaping). Every URL is absolute. `contentOf` gives an article's story as
 * HTML with absolute URLs, for feeds that carry whole stories.
 */
export async function atomFeed(feed: FeedPage, site: SiteConfig, contentOf: (article: Article) => Promise<string>): Promise<string> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const atom = new Feed({
    id: absolute(feed.url),
    title: feed.title,
    ...(site.description ? { description: site.description } : {}),
    link: absolute(feed.homeUrl),
    language: site.language,
    updated: new Date(feed.updated),
    generator: "backfile",
    feedLinks: { atom: absolute(feed.url), json: absolute(feed.alternateUrl) },
    author: { name: site.publisher.name, link: site.publisher.url },
    copyright: `© ${site.publisher.name}`,
  });
  for (const article of feed.items) {
    atom.addItem({
      id: absolute(article.url),
      link: absolute(article.url),
      title: cdataSafe(plainTextAsHtml(article.title)),
      date: new Date(article.modified),
      published: new Date(article.published),
      description: cdataSafe(plainTextAsHtml(article.summary)),
      ...(feed.content === "full" ? { content: cdataSafe(await contentOf(article)) } : {}),
      author: article.bylines.map((byline) => ({ name: byline.name, link: absolute(byline.url) })),
      category: article.topics.map((topic) => ({ name: topic.name, term: topic.name, scheme: absolute(topic.indexUrl) })),
    });
  }
  return atom.atom1();
}

/**
 * The `feed` library puts HTML in CDATA sections but escapes only the first `]]>`
 * of a value; written `]]&gt;`, it reads the same as HTML and cannot end the section.
 */
function cdataSafe(html: string): string {
  return html.replaceAll("]]>", "]]&gt;");
}
