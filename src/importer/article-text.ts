import type { Root } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import { contentRef } from "../archive/content-ref.ts";
import { slugify } from "../archive/slug.ts";
import { articleFileText } from "../content/article-file.ts";
import type { WireCopy } from "./parse-wire-copy.ts";
import type { RelatedEntry } from "./related-story.ts";

/** What an imported article is made of: the parsed copy, its date, and its resolved related entries. */
export interface ArticleParts {
  copy: WireCopy;
  /** ISO 8601 with offset, as `parseArticleDate` writes it. */
  date: string;
  related: readonly RelatedEntry[];
}

/** Where the article goes under the content folder, without `.md`: its date's month and its headline's slug. */
export function articleRef(headline: string, date: string, timeZone: string): string {
  return contentRef(date, slugify(headline), timeZone);
}

/**
 * The article file: title, date, source, dateline, byline and related entries
 * as the copy gives them, then the story in Markdown. Fields the copy does not
 * give are left out; topics and summary are never guessed.
 */
export function articleText({ copy, date, related }: ArticleParts): string {
  return articleFileText(
    { title: copy.headline, date, source: copy.source, dateline: copy.dateline, byline: copy.bylines, related },
    storyMarkdown(copy.paragraphs),
  );
}

/**
 * The story as Markdown, one paragraph of plain text each: characters Markdown
 * would read as formatting (`*`, `_`, `[`, `<`, a `#` or `1.` opening a line …)
 * are escaped, and everything else is kept exactly as written.
 */
export function storyMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
  };
  return toMarkdown(tree);
}
