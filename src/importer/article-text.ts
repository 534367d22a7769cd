import type { Root } from "mdast";
import { toMarkdown } from "mdast-util-to-markdown";
import { Document, isSeq } from "yaml";
import { calendarDay } from "../archive/calendar.ts";
import { slugify } from "../archive/slug.ts";
import type { WireCopy } from "./parse-wire-copy.ts";
import type { RelatedEntry } from "./related-story.ts";

/** What an imported article is made of: the parsed copy, its date, and its resolved related entries. */
export interface ArticleParts {
  copy: WireCopy;
  /** ISO 8601 with offset, as `parseArticleDate` writes it. */
  date: string;
  related: readonly RelatedEntry[];
}

/**
 * Where the article goes under the content folder, without `.md`: `2015/10/<slug>`,
 * the year and month of its date in the site's zone and the slug of its headline.
 */
export function articleRef(headline: string, date: string, timeZone: string): string {
  const { year, month } = calendarDay(date, timeZone);
  return `${year}/${month}/${slugify(headline)}`;
}

/** The article file: YAML front matter, a blank line, then the story in Markdown. */
export function articleText(parts: ArticleParts): string {
  return `---\n${frontMatter(parts)}---\n\n${storyMarkdown(parts.copy.paragraphs)}`;
}

/**
 * Front matter written by the YAML library, in the order editors read it: title,
 * date, source, dateline, byline, related. Fields the copy does not give are left
 * out; topics and summary are never guessed.
 */
export function frontMatter({ copy, date, related }: ArticleParts): string {
  const document = new Document({
    title: copy.headline,
    date,
    ...(copy.source === undefined ? {} : { source: copy.source }),
    ...(copy.dateline === undefined ? {} : { dateline: copy.dateline }),
    ...(copy.bylines.length === 0 ? {} : { byline: copy.bylines }),
    ...(related.length === 0 ? {} : { related }),
  });
  const byline = document.get("byline", true);
  if (isSeq(byline)) byline.flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
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
