import type { Root } from "mdast";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";
import { contentRef } from "../archive/content-ref.ts";
import { articleFileText, type FrontMatterFields } from "../content/article-file.ts";
import remarkTablesAndStrikethrough from "../markdown/remark-tables-and-strikethrough.ts";

/** How imported stories are written: `-` bullets, `_emphasis_`, `**strong**`, fenced code, tables and strikethrough as GitHub writes them. */
const stringifyOptions: StringifyOptions = { bullet: "-", emphasis: "_", strong: "*", rule: "-", fences: true, listItemIndent: "one" };

const writer = unified().use(remarkTablesAndStrikethrough).use(remarkStringify, stringifyOptions).freeze();

/** Where the article goes under the content folder, without `.md`: its date's month (in the site's zone) and its slug. */
export function articleRef(slug: string, date: string, timeZone: string): string {
  return contentRef(date, slug, timeZone);
}

/**
 * The article file for an imported story: its front matter in the editors' order
 * (fields the story does not give are left out: nothing is guessed), then the
 * story in Markdown.
 */
export function articleText(fields: FrontMatterFields, body: Root): string {
  return articleFileText(fields, storyMarkdown(body));
}

/**
 * The story as Markdown. Text is kept exactly as written: characters Markdown
 * would read as formatting (`*`, `_`, `[`, `<`, a `#` or `1.` opening a line …)
 * are escaped, so plain copy reads back as the same plain paragraphs.
 */
export function storyMarkdown(body: Root): string {
  return body.children.length === 0 ? "" : writer.stringify(body);
}
