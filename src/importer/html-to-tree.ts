import type { Root as HastRoot } from "hast";
import { toText } from "hast-util-to-text";
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import rehypeStoryCleanup from "./rehype-story-cleanup.ts";
import rehypeWordpressParagraphs from "./rehype-wordpress-paragraphs.ts";
import rehypeWordpressShortcodes from "./rehype-wordpress-shortcodes.ts";

/** How a story's HTML is read. */
export interface HtmlOptions {
  /** Address relative links and pictures are read against. */
  baseUrl?: string | undefined;
  /** Origins of the site the story was published on: links to its pages become site paths. */
  siteOrigins?: readonly string[] | undefined;
  /** WordPress content: shortcodes are understood and paragraphs made as WordPress makes them. */
  wordpress?: boolean;
}

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

/**
 * A story's HTML as Markdown's tree, through the unified ecosystem
 * (`rehype-parse` → cleanup → `rehype-remark`): paragraphs, headings, lists,
 * quotes, tables, links and pictures as the HTML has them, entities decoded
 * once; what is not story text is left out, and `notes` says what.
 */
export function htmlToTree(html: string, options: HtmlOptions = {}): { tree: Root; notes: string[] } {
  return hastToTree(parser.parse(html), options);
}

/** An HTML tree (built from XML, for NITF and NewsML-G2) as Markdown's tree, as `htmlToTree` makes it. */
export function hastToTree(hast: HastRoot, options: HtmlOptions = {}): { tree: Root; notes: string[] } {
  const notes: string[] = [];
  const processor = unified()
    .use(options.wordpress ? [[rehypeWordpressShortcodes, { notes }], rehypeWordpressParagraphs] : [])
    .use(rehypeStoryCleanup, { baseUrl: options.baseUrl, siteOrigins: options.siteOrigins, notes })
    .use(rehypeRemark);
  const tree = processor.runSync(hast) as Root;
  tree.children = tree.children.filter((node) => node.type !== "html" && !(node.type === "paragraph" && node.children.length === 0));
  return { tree, notes };
}

/** The text of a bit of HTML (a WordPress title or category name): tags dropped, entities decoded, white space folded. */
export function htmlToText(html: string): string {
  const text = /[<&]/u.test(html) ? toText(parser.parse(html)) : html;
  return text.replace(/\s+/gu, " ").trim();
}
