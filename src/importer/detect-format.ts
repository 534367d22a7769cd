import iconv from "iconv-lite";
import { fileEncoding } from "./decode-text.ts";
import { FileError } from "./file-error.ts";
import type { StoryFormat } from "./story.ts";

/** Root elements of NewsML-G2 documents. */
const newsmlRoots = new Set(["newsMessage", "newsItem", "packageItem"]);

/**
 * The format of a file, told by its content (its first bytes, `head`): JSON is
 * ninjs; XML is a WordPress export (an RSS feed in WordPress's export
 * namespace), NITF (`<nitf>`) or NewsML-G2 (`<newsMessage>`, `<newsItem>`);
 * anything else is plain-text wire copy. XML of another kind is an error.
 */
export function detectFormat(head: Buffer): StoryFormat {
  const text = iconv.decode(head, fileEncoding(head)).replace(/^\uFEFF/u, "");
  const start = text.trimStart();
  if (/^\{|^\[\s*[{\]]/u.test(start)) return "ninjs";
  if (!start.startsWith("<")) return "wire";
  const root = rootElement(start);
  if (root === undefined) return "wire";
  const local = root.slice(root.indexOf(":") + 1);
  if (local === "rss") {
    if (text.includes("wordpress.org/export/")) return "wxr";
    throw new FileError("the file is an RSS feed, not a WordPress export (WXR): export the site from WordPress with Tools → Export.");
  }
  if (local === "nitf") return "nitf";
  if (newsmlRoots.has(local)) return "newsml";
  if (local.toLowerCase() === "html") throw new FileError("the file is a web page (HTML), not a story file: import the site's export (WordPress) or its agency files.");
  throw new FileError(`the file is XML with the root element \`<${root}>\`, which the importer does not read; it reads WordPress exports (WXR), NITF and NewsML-G2.`);
}

/** The name of the first element, past the XML declaration, comments, processing instructions and the DOCTYPE. */
function rootElement(text: string): string | undefined {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/u.test(text[at] ?? "")) at++;
    if (text.startsWith("<?", at)) at = after(text, "?>", at);
    else if (text.startsWith("<!--", at)) at = after(text, "-->", at);
    else if (text.startsWith("<!DOCTYPE", at) || text.startsWith("<!doctype", at)) at = afterDoctype(text, at);
    else break;
    if (at === -1) return undefined;
  }
  return /^<([\p{L}_][\p{L}\p{N}_.:-]*)/u.exec(text.slice(at, at + 200))?.[1];
}

function after(text: string, end: string, from: number): number {
  const found = text.indexOf(end, from);
  return found === -1 ? -1 : found + end.length;
}

/** Past a DOCTYPE, whose internal subset (between brackets) may hold `>`. */
function afterDoctype(text: string, from: number): number {
  const bracket = text.indexOf("[", from);
  const close = text.indexOf(">", from);
  if (bracket !== -1 && bracket < close) {
    const subsetEnd = text.indexOf("]", bracket);
    return subsetEnd === -1 ? -1 : after(text, ">", subsetEnd);
  }
  return close === -1 ? -1 : close + 1;
}
