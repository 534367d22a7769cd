import { createHash } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { type Article, type Bodies, bodyOf } from "../archive/model.ts";
import { searchBundleUrl, urlFolder } from "../archive/urls.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { searchDocument } from "./search-document.ts";

/** The search index of one year's articles: a Pagefind bundle of its own. */
export interface SearchBundle {
  /** `search:2015`: how the build's manifest names it. */
  id: string;
  year: string;
  /** Where it is published: `/pagefind/2015/`. */
  url: string;
  articles: Article[];
  /** Changes whenever an indexed article does (its address, or its file). */
  fingerprint: string;
}

/**
 * One search bundle per year of the archive. Pagefind cannot change an index
 * in place, so an edit costs the re-indexing of one year, not of the archive;
 * the search page merges the bundles (see `templates/assets/search.js`).
 */
export function planSearchBundles(articles: readonly Article[]): SearchBundle[] {
  const byYear = new Map<string, Article[]>();
  for (const article of articles) {
    const list = byYear.get(article.day.year);
    if (list) list.push(article);
    else byYear.set(article.day.year, [article]);
  }
  return [...byYear]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([year, listed]) => {
      const hash = createHash("sha256").update(year);
      // An article's revision stands for everything its search document is made of: its file, and the code that reads it.
      for (const article of listed) hash.update("\0").update(article.url).update("\0").update(article.revision);
      return { id: `search:${year}`, year, url: searchBundleUrl(year), articles: listed, fingerprint: hash.digest("base64") };
    });
}

/** Files Pagefind writes into every bundle for its ready-made interfaces, which the site does not use. */
const unusedInterfaceFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
];

/**
 * Index a bundle's articles (their HTML attached) with Pagefind, in its own
 * process, and write the bundle into `siteDir`. Every bundle is indexed in the
 * site's language, so a search finds Arabic and English stories alike and the
 * language filter tells them apart. Returns the folder written, site-relative.
 */
export async function writeSearchBundle(bundle: SearchBundle, bodies: Bodies, site: SiteConfig, siteDir: string): Promise<string> {
  const folder = urlFolder(bundle.url);
  // Fragments (one per article by default) are bundled into at most 1,000 files: far fewer
  // files to write and copy, at the cost of a slightly larger download per result.
  const pagefind = await import("pagefind");
  const { index, errors } = await pagefind.createIndex({ forceLanguage: new Intl.Locale(site.language).language, maxFragments: 1000 });
  if (!index) throw new Error(`The search index could not be created: ${errors.join("; ")}`);
  try {
    const batch = 64;
    for (let start = 0; start < bundle.articles.length; start += batch) {
      const documents = bundle.articles.slice(start, start + batch).map((article) => ({ url: article.url, content: searchDocument(article, bodyOf(article, bodies), site.timeZone) }));
      const added = await Promise.all(documents.map((document) => index.addHTMLFile(document)));
      const failed = added.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`The search index refused an article: ${failed.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, folder) });
    if (written.errors.length > 0) throw new Error(`The search index could not be written: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
  // The search page has an interface of its own: Pagefind's ready-made ones would only take space, once per year.
  await Promise.all(unusedInterfaceFiles.map((file) => rm(path.join(siteDir, folder, file), { force: true })));
  return folder;
}

/** Stop Pagefind's indexing process, so the command can end. */
export async function stopSearchIndexer(): Promise<void> {
  const pagefind = await import("pagefind");
  await pagefind.close();
}
