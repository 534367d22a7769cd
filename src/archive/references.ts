import leven from "leven";
import type { ArticleRecord } from "../content/load-article.ts";
import { articleUrlPattern } from "./urls.ts";
import { slugify } from "./slug.ts";

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
  /** Each article's headline as a slug, made when a first suggestion is needed. */
  #titleSlugs: Map<string, string> | undefined;

  constructor(planned: readonly PlannedArticle[]) {
    this.#byRef = new Map(planned.map((plan) => [plan.loaded.ref, plan]));
    this.#byUrl = new Map(planned.map((plan) => [plan.url, plan]));
  }

  find(reference: string): PlannedArticle | undefined {
    const key = normalizeReference(reference);
    return this.#byRef.get(key) ?? this.#byUrl.get(key);
  }

  /**
   * The existing article a mistyped reference most likely means: the one whose
   * path is nearest in edits, or whose file name or headline is nearest to the
   * reference's last part (an article filed under another month, a slug typed
   * from the headline). Undefined when nothing is near.
   */
  suggest(reference: string): string | undefined {
    const key = normalizeReference(reference);
    const name = key.slice(key.lastIndexOf("/") + 1);
    const limit = Math.max(2, Math.floor(name.length / 3));
    // An edit distance is at least the difference in length: most candidates are ruled out without computing it.
    const near = (a: string, b: string, extra: number) => (Math.abs(a.length - b.length) + extra > limit ? Infinity : leven(a, b) + extra);
    this.#titleSlugs ??= new Map([...this.#byRef].map(([ref, plan]) => [ref, slugify(plan.loaded.fields.title)]));
    let best: { ref: string; distance: number } | undefined;
    for (const ref of this.#byRef.keys()) {
      const fileName = ref.slice(ref.lastIndexOf("/") + 1);
      const distance = Math.min(near(key, ref, 0), near(name, fileName, 1), near(name, this.#titleSlugs.get(ref) ?? "", 1));
      if (distance <= limit && (best === undefined || distance < best.distance || (distance === best.distance && ref < best.ref))) best = { ref, distance };
    }
    return best?.ref;
  }
}

/** The reference as a content path (`2015/10/x`), or as a URL with its trailing slash. */
export function normalizeReference(reference: string): string {
  const trimmed = reference.trim();
  if (articleUrlPattern.test(trimmed)) return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
  return trimmed.replace(/^\.?\//, "").replace(/^content\//, "").replace(/\.md$/, "");
}
