import type { NewsArticle, Organization, Person, WithContext } from "schema-dts";
import type { Article } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "./absolute-url.ts";

/**
 * schema.org `NewsArticle` for an article page: headline, dates, authors,
 * publisher, dateline, language, description and picture. Wire stories
 * without a byline are credited to their source.
 */
export function newsArticle(article: Article, site: SiteConfig): WithContext<NewsArticle> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const source: Organization = { "@type": "Organization", name: article.source.name, url: absolute(article.source.url) };
  const authors: (Person | Organization)[] =
    article.bylines.length > 0 ? article.bylines.map((byline) => ({ "@type": "Person", name: byline.name, url: absolute(byline.url) })) : [source];
  const publisher: Organization = {
    "@type": "Organization",
    name: site.publisher.name,
    url: site.publisher.url,
    ...(site.publisher.logo ? { logo: { "@type": "ImageObject", url: site.publisher.logo } } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: absolute(article.url),
    url: absolute(article.url),
    headline: article.title,
    description: article.summary,
    datePublished: article.published,
    dateModified: article.modified,
    author: authors,
    publisher,
    sourceOrganization: source,
    ...(article.dateline ? { dateline: article.dateline.name } : {}),
    inLanguage: article.lang,
    ...(article.topics[0] ? { articleSection: article.topics[0].name } : {}),
    ...(article.topics.length > 0 ? { keywords: article.topics.map((topic) => topic.name) } : {}),
    wordCount: article.wordCount,
    ...(article.image ? { image: [article.image.url] } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so
 * no value (a headline with `</script>` in it) can end the element early.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}
