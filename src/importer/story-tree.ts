import type { Link, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { readAgencyNote } from "./agency-notes.ts";
import { type DatelineLead, findDatelineLead } from "./dateline-lead.ts";
import type { RelatedStory } from "./story.ts";

/**
 * Take the dateline lead (`MOSCOW, Oct 13 (AFP) - `) off the first paragraph of
 * a story: backfile writes it from the front matter. The lead is returned for
 * the dateline and source it names.
 */
export function takeLead(tree: Root): DatelineLead | undefined {
  const first = tree.children[0];
  if (first?.type !== "paragraph") return undefined;
  const lead = findDatelineLead(toString(first));
  if (lead === undefined) return undefined;
  removeStart(first, lead.length);
  if (toString(first).trim() === "") tree.children.shift();
  return lead;
}

/** Take `count` characters of text off the start of a paragraph, then the space after them; inline nodes left empty go. */
function removeStart(paragraph: Paragraph, count: number): void {
  let left = count;
  const trim = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const kept: PhrasingContent[] = [];
    for (const node of nodes) {
      if (left <= 0) kept.push(node);
      else if (node.type === "text" || node.type === "inlineCode") {
        const cut = Math.min(left, node.value.length);
        left -= cut;
        const value = node.value.slice(cut);
        if (value !== "") kept.push({ ...node, value: left <= 0 ? value.trimStart() : value });
      } else if ("children" in node) {
        const children = trim(node.children as PhrasingContent[]);
        if (children.length > 0) kept.push({ ...node, children } as PhrasingContent);
      } else if (node.type === "break") {
        left -= 1;
      } else {
        kept.push(node);
      }
    }
    return kept;
  };
  paragraph.children = trim(paragraph.children);
  const first = paragraph.children[0];
  if (first?.type === "text") first.value = first.value.trimStart();
}

/** `See also`, `Check also:`, `Read more`, `Related stories`: a heading that opens a block of related stories. */
const seeAlsoHeading = /^\s*(?:(?:check|see|read)\s+also|related(?:\s+(?:stories|articles|coverage|news))?|read\s+more|more\s+on\s+this(?:\s+story)?)\s*:?\s*$/iu;

/**
 * Take a "see also" block off the end of a story: a heading or a paragraph such
 * as `See also:`, then a list or paragraphs naming stories (a link each, or a
 * headline). A paragraph `See also: <a>…</a>` is one too. The stories are
 * returned with their addresses.
 */
export function takeSeeAlso(tree: Root): RelatedStory[] {
  for (let index = tree.children.length - 1; index >= 0 && index >= tree.children.length - 12; index--) {
    const node = tree.children[index] as RootContent;
    if (node.type !== "heading" && node.type !== "paragraph") continue;
    const text = toString(node);
    const inline = node.type === "paragraph" ? inlineSeeAlso(node) : undefined;
    if (!seeAlsoHeading.test(text) && inline === undefined) continue;
    const stories = inline ?? tree.children.slice(index + 1).flatMap(storiesOf);
    if (stories.length === 0 || (inline === undefined && tree.children.slice(index + 1).some((after) => storiesOf(after).length === 0))) return [];
    tree.children.splice(index);
    return stories;
  }
  return [];
}

/** `See also: <a href>Headline</a>` in one paragraph. */
function inlineSeeAlso(paragraph: Paragraph): RelatedStory[] | undefined {
  const [label, ...rest] = paragraph.children;
  if (label?.type !== "text" && label?.type !== "strong" && label?.type !== "emphasis") return undefined;
  if (!seeAlsoHeading.test(toString(label).replace(/:\s*$/u, ""))) return undefined;
  const links = rest.filter((node): node is Link => node.type === "link");
  return links.length > 0 ? links.map(linkStory) : undefined;
}

/** The stories a node of a see-also block names: each item of a list, or a paragraph. */
function storiesOf(node: RootContent): RelatedStory[] {
  if (node.type === "list") return node.children.flatMap((item) => item.children.flatMap(storiesOf));
  if (node.type !== "paragraph") return [];
  const links = node.children.filter((child): child is Link => child.type === "link");
  if (links.length > 0) return links.map(linkStory);
  const headline = toString(node).trim();
  return headline === "" || headline.length > 200 ? [] : [{ headline }];
}

function linkStory(link: Link): RelatedStory {
  const headline = toString(link).trim();
  return /^(?:https?:\/\/|\/)/u.test(link.url) ? { headline: headline || link.url, url: link.url } : { headline };
}

/**
 * Take the agency's notes off the top of a story: correction notes
 * (`(Corrects paragraph 3 …)`, returned) and notes to editors
 * (`(Updates with reaction)`, dropped, counted in `editors`).
 */
export function takeAgencyNotes(tree: Root): { corrections: string[]; editors: string[] } {
  const corrections: string[] = [];
  const editors: string[] = [];
  while (tree.children[0]?.type === "paragraph") {
    const note = readAgencyNote(toString(tree.children[0]));
    if (note === undefined) break;
    (note.kind === "correction" ? corrections : editors).push(note.text);
    tree.children.shift();
  }
  return { corrections, editors };
}
