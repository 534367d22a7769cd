import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";
import type { NewsSitemapPage, SitemapPage } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";

/** A sitemap or sitemap index, written by the `sitemap` library, with absolute URLs and W3C dates. */
export async function sitemapXml(page: SitemapPage, site: SiteConfig): Promise<string> {
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  if (page.kind === "index") {
    const items = page.parts.map((part) => ({ url: absolute(part.url), ...(part.lastmod ? { lastmod: part.lastmod } : {}) }));
    return (await streamToPromise(Readable.from(items).pipe(new SitemapIndexStream()))).toString();
  }
  const items = page.entries.map((entry) => ({ url: absolute(entry.url), ...(entry.lastmod ? { lastmod: entry.lastmod } : {}) }));
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

/**
 * The Google News sitemap: for each article its publication (name and
 * language), publication date and title.
 */
export async function newsSitemapXml(page: NewsSitemapPage, site: SiteConfig): Promise<string> {
  const items = page.items.map((article) => ({
    url: absoluteUrl(article.url, site.baseUrl, site.pathPrefix),
    news: {
      publication: { name: site.publisher.name, language: newsLanguage(article.lang) },
      publication_date: article.published,
      title: article.title,
    },
  }));
  const stream = new SitemapStream({ xmlns: { news: true, xhtml: false, image: false, video: false } });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

/** Google News wants ISO 639 codes, with `zh-cn` and `zh-tw` for Chinese. */
export function newsLanguage(lang: string): string {
  const locale = new Intl.Locale(lang);
  if (locale.language === "zh") return locale.region === "TW" || locale.script === "Hant" ? "zh-tw" : "zh-cn";
  return locale.language;
}
