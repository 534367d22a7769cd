import type { ImageObject, NewsArticle, Organization, Person, WithContext } from "schema-dts";
import type { Article, Entry, LeadPicture } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "./absolute-url.ts";
import { sharedPicture } from "./share-picture.ts";

/**
 * schema.org `NewsArticle` for an article page: headline, dates, authors,
 * publisher, dateline, language, description and picture. Each byline is a
 * `Person` whose `url` is their byline page, with their pages elsewhere as
 * `sameAs` when the authors file gives them. Wire stories without a byline
 * are credited to their source.
 */
export function newsArticle(article: Article, site: SiteConfig): WithContext<NewsArticle> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const source: Organization = { "@type": "Organization", name: article.source.name, url: absolute(article.source.url) };
  const authors: (Person | Organization)[] =
    article.bylines.length > 0 ? article.bylines.map((byline) => person(byline, absolute)) : [source];
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
    ...(article.image ? { image: [imageObject(article.image, site)] } : {}),
  };
}

function person(byline: Entry, absolute: (url: string) => string): Person {
  const { person: about } = byline;
  return {
    "@type": "Person",
    name: about?.name ?? byline.name,
    url: absolute(byline.url),
    ...(about?.role ? { jobTitle: about.role } : {}),
    ...(about && about.links.length > 0 ? { sameAs: about.links.map((link) => link.url) } : {}),
  };
}

function imageObject(picture: LeadPicture, site: SiteConfig): ImageObject {
  const shared = sharedPicture(picture, site);
  return {
    "@type": "ImageObject",
    url: shared.url,
    ...(shared.width === undefined ? {} : { width: { "@type": "QuantitativeValue", value: shared.width, unitCode: "E37" } }),
    ...(shared.height === undefined ? {} : { height: { "@type": "QuantitativeValue", value: shared.height, unitCode: "E37" } }),
    ...(picture.caption ? { caption: picture.caption } : {}),
    ...(picture.credit ? { creditText: picture.credit } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so
 * no value (a headline with `</script>` in it) can end the element early.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll("<", "\\u003c");
}
