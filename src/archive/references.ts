import type { ArticleRecord } from "../content/load-article.ts";
import { articleUrlPattern } from "./urls.ts";

/** An article of the content folder, published or not, with its planned URL. */
export interface PlannedArticle {
  loaded: ArticleRecord;
  url: string;
}

/**
 * Finds the article a front-matter reference names: its path under the content
 * folder (`2015/10/x`, also written `./2015/10/x.md` or `content/2015/10/x`) or
 * its URL (`/2015/10/13/x/`).
 */
export class ReferenceIndex {
  readonly #byRef: Map<string, PlannedArticle>;
  readonly #byUrl: Map<string, PlannedArticle>;

  constructor(planned: readonly PlannedArticle[]) {
    this.#byRef = new Map(planned.map((plan) => [plan.loaded.ref, plan]));
    this.#byUrl = new Map(planned.map((plan) => [plan.url, plan]));
  }

  find(reference: string): PlannedArticle | undefined {
    const key = normalizeReference(reference);
    return this.#byRef.get(key) ?? this.#byUrl.get(key);
  }

  /** An article with the same file name in another folder: the usual slip. */
  suggest(reference: string): string | undefined {
    const key = normalizeReference(reference);
    const name = key.slice(key.lastIndexOf("/") + 1);
    for (const ref of this.#byRef.keys()) if (ref.endsWith(`/${name}`) || ref === name) return ref;
    return undefined;
  }
}

/** The reference as a content path (`2015/10/x`), or as a URL with its trailing slash. */
export function normalizeReference(reference: string): string {
  const trimmed = reference.trim();
  if (articleUrlPattern.test(trimmed)) return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
  return trimmed.replace(/^\.?\//, "").replace(/^content\//, "").replace(/\.md$/, "");
}
