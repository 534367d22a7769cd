import type { Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { isPictureParagraph } from "./remark-pictures.ts";

declare module "vfile" {
  interface DataMap {
    /** Plain text of the first paragraph, as written (before the dateline lead). */
    excerpt: string;
    /** Body line (1-based) on which the first paragraph starts; 0 without one. */
    excerptLine: number;
    /** Words in the story. */
    wordCount: number;
    /** Body lines (1-based) that hold raw HTML, which the sanitizer removes. */
    rawHtmlLines: number[];
  }
}

/**
 * Record facts about the story as written, before any plugin changes it: its first
 * paragraph of text (the fallback summary), its length, and where raw HTML was typed.
 */
export default function remarkStoryFacts() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node): node is Paragraph => node.type === "paragraph" && !isPictureParagraph(node));
    file.data.excerpt = first ? toString(first).replace(/\s+/g, " ").trim() : "";
    file.data.excerptLine = first?.position?.start.line ?? 0;
    // Count per text node: block elements are joined without spaces by toString.
    let words = 0;
    visit(tree, (node) => {
      if (node.type === "text" || node.type === "inlineCode") words += node.value.split(/\s+/u).filter(Boolean).length;
    });
    file.data.wordCount = words;
    const lines = new Set<number>();
    visit(tree, "html", (node) => {
      if (node.position) lines.add(node.position.start.line);
    });
    file.data.rawHtmlLines = [...lines].sort((a, b) => a - b);
  };
}
