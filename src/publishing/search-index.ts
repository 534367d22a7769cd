import path from "node:path";
import * as pagefind from "pagefind";
import type { Article } from "../archive/model.ts";
import { searchBundleUrl } from "../archive/urls.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { searchDocument } from "./search-document.ts";


/**
 * Index every article for Pagefind (listings are left out) and write the index
 * and its search UI into `<siteDir>/pagefind/`. Pagefind works in a process of
 * its own, so a build runs this while Eleventy writes the pages. All pages
 * share one index in the site's language: a search finds Arabic and English
 * stories alike, and the language filter tells them apart.
 */
export async function writeSearchIndex(articles: readonly Article[], site: SiteConfig, siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: new Intl.Locale(site.language).language });
  if (!index) throw new Error(`The search index could not be created: ${errors.join("; ")}`);
  try {
    const batch = 64;
    for (let start = 0; start < articles.length; start += batch) {
      const added = await Promise.all(
        articles.slice(start, start + batch).map((article) => index.addHTMLFile({ url: article.url, content: searchDocument(article, site.timeZone) })),
      );
      const failed = added.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`The search index refused an article: ${failed.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, searchBundleUrl()) });
    if (written.errors.length > 0) throw new Error(`The search index could not be written: ${written.errors.join("; ")}`);
    return articles.length;
  } finally {
    await index.deleteIndex();
  }
}

/** Stop Pagefind's indexing process, so the command can end. */
export function stopSearchIndexer(): Promise<unknown> {
  return pagefind.close();
}
