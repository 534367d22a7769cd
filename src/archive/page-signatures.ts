import { createHash } from "node:crypto";
import { type ArchivePages, type Article, entriesOf } from "./model.ts";

/**
 * A fingerprint of every planned page, by URL, made of everything the page
 * could show: all the data the plan gives it. Another article within a page
 * (a listing's items, a feed's entries) counts by its address and revision,
 * its embargo flag (which the clock changes), its entries (whose addresses
 * other articles can change) and the keys of its pictures (which change with
 * the pictures' bytes, not with the article's file); a page's own article
 * counts by its revision, which stands for its body and front matter. Two plans give a page
 * the same fingerprint only if it would be drawn the same, so a rebuild can
 * skip it.
 */
export function pageSignatures(pages: ArchivePages): Map<string, string> {
  const signatures = new Map<string, string>();
  const serializer = new Serializer();
  for (const [kind, list] of Object.entries(pages) as [keyof ArchivePages, { url: string }[]][]) {
    for (const page of list) {
      const text = kind === "article" ? serializer.article(page as Article) : serializer.value(page);
      signatures.set(page.url, createHash("sha1").update(text).digest("base64"));
    }
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
 * The text a page's signature is made from: the page's data as JSON, with each
 * listed article reduced to what a card, a feed entry or a sitemap line can
 * show of it (made once per article).
 */
class Serializer {
  readonly #items = new WeakMap<Article, string>();

  /** An article page: its revision stands for its HTML (and for the render key that finds it). */
  article(article: Article): string {
    return JSON.stringify({ ...article, renderKey: undefined });
  }

  value(page: object): string {
    if (!("items" in page) || !Array.isArray(page.items)) return JSON.stringify(page);
    return JSON.stringify({ ...page, items: page.items.map((item: unknown) => (isArticle(item) ? this.#item(item) : item)) });
  }

  #item(article: Article): string {
    let text = this.#items.get(article);
    if (text === undefined) {
      const pictures = [article.image, ...article.pictures].map((picture) => (picture?.kind === "local" ? picture.id : "")).join(" ");
      // A digest, not the text: a listing embeds twenty of these, and a short string is quicker to serialise and hash.
      text = createHash("sha1").update(`${article.url}\n${article.revision}\n${article.embargoed}\n${pictures}\n${JSON.stringify(entriesOf(article))}`).digest("base64");
      this.#items.set(article, text);
    }
    return text;
  }
}

function isArticle(value: unknown): value is Article {
  return typeof value === "object" && value !== null && "revision" in value && "renderKey" in value;
}
