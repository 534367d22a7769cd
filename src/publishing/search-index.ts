import { createHash } from "node:crypto";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Article } from "../archive/model.ts";
import { searchBundleUrl } from "../archive/urls.ts";
import { fingerprint } from "../cache/fingerprint.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { searchDocument } from "./search-document.ts";

export interface SearchIndexOptions {
  /** Where the last index is kept, to be reused while no article changes; none when undefined. */
  cacheDir?: string | undefined;
}

/**
 * Index every article for Pagefind (listings are left out) and write the index
 * and its search UI into `<siteDir>/pagefind/`. Pagefind works in a process of
 * its own, so a build runs this while Eleventy writes the pages. All pages
 * share one index in the site's language: a search finds Arabic and English
 * stories alike, and the language filter tells them apart. While no article
 * changes, the index of the last build is copied instead of made again.
 */
export async function writeSearchIndex(
  articles: readonly Article[],
  site: SiteConfig,
  siteDir: string,
  { cacheDir }: SearchIndexOptions = {},
): Promise<{ articles: number; reused: boolean }> {
  const target = path.join(siteDir, searchBundleUrl());
  const language = new Intl.Locale(site.language).language;
  const documents = articles.map((article) => ({ url: article.url, content: searchDocument(article, site.timeZone) }));
  const key = indexKey(documents, language);
  const kept = cacheDir === undefined ? undefined : { folder: path.join(cacheDir, "search", "pagefind"), key: path.join(cacheDir, "search", "key.txt") };

  if (kept && (await readFile(kept.key, "utf8").catch(() => "")) === key) {
    await cp(kept.folder, target, { recursive: true });
    return { articles: articles.length, reused: true };
  }

  // Fragments (one per article by default) are bundled into at most 1,000 files: far fewer
  // files to write and copy, at the cost of a slightly larger download per result.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, maxFragments: 1000 });
  if (!index) throw new Error(`The search index could not be created: ${errors.join("; ")}`);
  try {
    const batch = 64;
    for (let start = 0; start < documents.length; start += batch) {
      const added = await Promise.all(documents.slice(start, start + batch).map((document) => index.addHTMLFile(document)));
      const failed = added.flatMap((result) => result.errors);
      if (failed.length > 0) throw new Error(`The search index refused an article: ${failed.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`The search index could not be written: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }

  if (kept) {
    await rm(kept.key, { force: true });
    await rm(kept.folder, { recursive: true, force: true });
    await cp(target, kept.folder, { recursive: true });
    await writeFile(kept.key, key);
  }
  return { articles: articles.length, reused: false };
}

/** Stop Pagefind's indexing process, so the command can end. */
export function stopSearchIndexer(): Promise<unknown> {
  return pagefind.close();
}

/** A hash of everything the index is made from: the documents, the language, Pagefind's version. */
function indexKey(documents: readonly { url: string; content: string }[], language: string): string {
  const hash = createHash("sha256").update(fingerprint({ sources: [], packages: ["pagefind"], options: { language, maxFragments: 1000 } }));
  for (const { url, content } of documents) hash.update(url).update("\0").update(content).update("\0");
  return hash.digest("hex");
}
