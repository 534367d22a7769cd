import type { RelatedStory } from "./story.ts";

/** A `related:` entry as written in front matter: another article of the archive, an outside link, or a headline alone. */
export type RelatedEntry = { article: string } | { title: string; url?: string };

/** How the archive finds an article: by headline, or by an old address it keeps. */
export interface RelatedLookup {
  withHeadline(headline: string): string[];
  withAlias(alias: string): string | undefined;
}

/** How the related stories were linked, and notes for the editor on those that were not. */
export interface RelatedResult {
  entries: RelatedEntry[];
  notes: string[];
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
 * Link each related story: the archive's article at its address (an old address
 * of an article, or one of `siteOrigins`' pages) or with its headline when there
 * is exactly one, otherwise its URL, otherwise its headline alone, with a note
 * saying so (nothing is invented: the editor adds the link). A story named twice is linked once.
 */
export function resolveRelated(stories: readonly RelatedStory[], archive: RelatedLookup, siteOrigins: readonly string[] = []): RelatedResult {
  const entries: RelatedEntry[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const story of stories) {
    const { entry, note } = resolveOne(story, archive, siteOrigins);
    const key = "article" in entry ? entry.article : `${entry.title}\n${entry.url ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
    if (note !== undefined) notes.push(note);
  }
  return { entries, notes };
}

function resolveOne(story: RelatedStory, archive: RelatedLookup, siteOrigins: readonly string[]): { entry: RelatedEntry; note?: string } {
  const byAddress = story.url === undefined ? undefined : archive.withAlias(sitePath(story.url, siteOrigins) ?? "");
  if (byAddress !== undefined) return { entry: { article: byAddress } };
  const matches = archive.withHeadline(story.headline);
  const [only] = matches;
  if (only !== undefined && matches.length === 1) return { entry: { article: only } };
  const ambiguity = matches.length > 1 ? `the related story “${story.headline}” matches ${matches.length} articles (${matches.join(", ")})` : undefined;
  if (story.url !== undefined) {
    return { entry: { title: story.headline, url: story.url }, ...(ambiguity === undefined ? {} : { note: `${ambiguity}, so its URL was linked instead` }) };
  }
  const fix = ambiguity === undefined ? "add its `url:`, or `article:` once it is in the archive" : "replace it with `article:` and the right one";
  return {
    entry: { title: story.headline },
    note: `${ambiguity ?? `the related story “${story.headline}” is not in the archive and the copy gives no URL`}; its headline is kept without a link (${fix})`,
  };
}

/** The path of a URL on one of the old site's addresses (`https://old.example/2015/x/` → `/2015/x/`), or of a site path. */
export function sitePath(url: string, siteOrigins: readonly string[]): string | undefined {
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return siteOrigins.includes(parsed.origin) ? `${parsed.pathname}${parsed.search}` : undefined;
}
