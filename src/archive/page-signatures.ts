import { createHash } from "node:crypto";
import { type ArchivePages, type Article, entriesOf } from "./model.ts";

/**
 * A fingerprint of every planned page, by URL, made of everything the page
 * could show. Another article within a page (a listing's items, a feed's
 * entries) counts by its address and revision, its embargo flag (which the
 * clock changes) and its entries (whose addresses other articles can change);
 * a page's own article counts by its revision, which stands for its body. Two plans give a page the same
 * fingerprint only if it would render the same, so a rebuild can skip it.
 */
export function pageSignatures(pages: ArchivePages): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const list of Object.values(pages) as { url: string }[][]) {
    for (const page of list) signatures.set(page.url, signatureOf(page));
  }
  return signatures;
}

/** URLs whose page is new or changed between two plans, and URLs no longer planned. */
export function changedPages(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): { changed: Set<string>; removed: Set<string> } {
  const changed = new Set<string>();
  for (const [url, signature] of after) if (before.get(url) !== signature) changed.add(url);
  const removed = new Set<string>();
  for (const url of before.keys()) if (!after.has(url)) removed.add(url);
  return { changed, removed };
}

/**
 * Articles appear in the plan in two places only: as an article page, and as
 * the `items` of listings, feeds and the news sitemap. Everything else in a
 * page is small and plain, and is taken as it is.
 */
function signatureOf(page: object): string {
  const json = isArticle(page)
    ? `${page.revision}${JSON.stringify({ ...page, html: undefined })}`
    : JSON.stringify("items" in page && Array.isArray(page.items) ? { ...page, items: page.items.map(itemSignature) } : page);
  return createHash("sha1").update(json).digest("base64");
}

function itemSignature(item: unknown): unknown {
  if (!isArticle(item)) return item;
  const { url, revision, embargoed } = item;
  return { url, revision, embargoed, entries: entriesOf(item) };
}

function isArticle(value: unknown): value is Article {
  return typeof value === "object" && value !== null && "revision" in value && "html" in value;
}
