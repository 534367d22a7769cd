import type { Element, ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";

/** Elements WordPress leaves alone when it makes paragraphs (its `wpautop` list). */
const blocks = new Set([
  "address", "article", "aside", "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "math", "menu", "nav",
  "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "script", "style", "iframe",
]);

/** Elements whose loose text WordPress also makes into paragraphs. */
const containers = new Set(["blockquote", "div", "section", "article", "aside"]);

/**
 * Paragraphs as WordPress makes them when it shows a post written in its classic
 * editor, which stores text without `<p>`: text between blocks is cut into
 * paragraphs at blank lines, and a single line break within a paragraph is kept
 * as one (`<br>`). Posts from the block editor, already in `<p>`, are unchanged.
 */
export default function rehypeWordpressParagraphs() {
  return (tree: Root) => {
    tree.children = paragraphs(tree.children) as RootContent[];
  };
}

function paragraphs(children: readonly (RootContent | ElementContent)[]): ElementContent[] {
  const result: ElementContent[] = [];
  let run: ElementContent[] = [];
  const endRun = () => {
    result.push(...split(run));
    run = [];
  };
  for (const child of children) {
    // Comments (the block editor's `<!-- wp:paragraph -->`) are not text; they are dropped later.
    if (child.type === "doctype" || child.type === "comment") continue;
    if (child.type === "element" && blocks.has(child.tagName)) {
      endRun();
      if (containers.has(child.tagName)) child.children = paragraphs(child.children);
      result.push(child);
    } else {
      run.push(child);
    }
  }
  endRun();
  return result;
}

/** Inline content cut into paragraphs at blank lines, with single line breaks kept. */
function split(run: readonly ElementContent[]): Element[] {
  const done: Element[] = [];
  let current: ElementContent[] = [];
  const endParagraph = () => {
    if (current.some((node) => node.type !== "text" || node.value.trim() !== "")) done.push(h("p", trimEdges(current)));
    current = [];
  };
  for (const node of run) {
    if (node.type !== "text") {
      current.push(node);
      continue;
    }
    node.value.split(/\n[ \t]*\n\s*/u).forEach((piece, index) => {
      if (index > 0) endParagraph();
      piece.split("\n").forEach((line, lineIndex) => {
        if (lineIndex > 0 && current.length > 0) current.push(h("br"));
        if (line !== "") current.push({ type: "text", value: line });
      });
    });
  }
  endParagraph();
  return done;
}

/** A paragraph's content without the breaks and spaces at its edges. */
function trimEdges(content: ElementContent[]): ElementContent[] {
  const trimmed = [...content];
  while (trimmed[0] !== undefined && isBlank(trimmed[0])) trimmed.shift();
  while (trimmed.at(-1) !== undefined && isBlank(trimmed.at(-1) as ElementContent)) trimmed.pop();
  return trimmed;
}

function isBlank(node: ElementContent): boolean {
  return (node.type === "text" && node.value.trim() === "") || (node.type === "element" && node.tagName === "br");
}
