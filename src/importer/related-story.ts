import type { CheckAlso } from "./check-also.ts";

/** A `related:` entry as written in front matter: another article of the archive, an outside link, or a headline alone. */
export type RelatedEntry = { article: string } | { title: string; url?: string };

/** An article already in the content folder: its path under the folder (without `.md`) and headline. */
export interface KnownArticle {
  ref: string;
  title: string;
}

/** How a Check Also story was linked, and a note for the editor when it was not. */
export interface RelatedResult {
  entries: RelatedEntry[];
  note?: string;
}

/**
 * Headlines compared the way an editor would: case, curly or straight quotes,
 * dashes and other punctuation, and a trailing ellipsis make no difference.
 */
export function headlineKey(headline: string): string {
  return headline
    .normalize("NFKC")
    .toLowerCase()
    .replace(/(?:…|\.{3})\s*$/u, "")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Link the Check Also story: the archive's article with that headline when there is
 * exactly one, otherwise the block's URL, otherwise its headline alone, with a note
 * saying so (nothing is invented: the editor adds the link).
 */
export function resolveRelated(checkAlso: CheckAlso | undefined, known: readonly KnownArticle[]): RelatedResult {
  if (checkAlso === undefined) return { entries: [] };
  const key = headlineKey(checkAlso.headline);
  const matches = key === "" ? [] : known.filter((article) => headlineKey(article.title) === key);
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return { entries: [{ article: only.ref }] };
  const ambiguity =
    matches.length > 1 ? `the related story “${checkAlso.headline}” matches ${matches.length} articles (${matches.map((article) => article.ref).join(", ")})` : undefined;
  if (checkAlso.url !== undefined) {
    return {
      entries: [{ title: checkAlso.headline, url: checkAlso.url }],
      ...(ambiguity === undefined ? {} : { note: `${ambiguity}, so its URL was linked instead` }),
    };
  }
  const fix = ambiguity === undefined ? "add its `url:`, or `article:` once it is in the archive" : "replace it with `article:` and the right one";
  return {
    entries: [{ title: checkAlso.headline }],
    note: `${ambiguity ?? `the related story “${checkAlso.headline}” is not in the archive and the copy gives no URL`}; its headline is kept without a link (${fix})`,
  };
}
