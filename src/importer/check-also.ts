import { findDatelineLead } from "./dateline-lead.ts";
import type { RelatedStory } from "./story.ts";

/** `Check Also`, `CHECK ALSO:`, `See also`, `Read also`: the line that opens the block. */
const openingLine = /^\s*(?:check|see|read)\s+also\s*:?\s*$/iu;
const urlPattern = /https?:\/\/[^\s<>"“”‘’]+/iu;
/** An excerpt of the related story ends with an ellipsis and runs longer than a headline. */
const minExcerptWords = 12;

/**
 * Split wire copy at its "Check Also" block: the story lines before it, and the
 * related stories it names. Each non-empty line of the block is a headline,
 * but for addresses (linked to the headline before them, or else the one after)
 * and excerpts of a story (a line that opens with a dateline lead, or a long one
 * ending in an ellipsis). `found` tells a block that names no story from no block at all.
 */
export function splitCheckAlso(lines: readonly string[]): { story: string[]; found: boolean; checkAlso: RelatedStory[] } {
  const opening = lines.findIndex((line) => openingLine.test(line));
  if (opening === -1) return { story: [...lines], found: false, checkAlso: [] };
  const entries: RelatedStory[] = [];
  let pendingUrl: string | undefined;
  for (const line of lines.slice(opening + 1)) {
    const url = findUrl(line);
    const text = line.replace(urlPattern, "").trim();
    const previous = entries.at(-1);
    if (text === "" || isExcerpt(text, previous !== undefined)) {
      if (url === undefined) continue;
      if (previous !== undefined && previous.url === undefined) previous.url = url;
      else pendingUrl ??= url;
      continue;
    }
    const own = url ?? pendingUrl;
    if (url === undefined) pendingUrl = undefined;
    entries.push({ headline: text, ...(own === undefined ? {} : { url: own }) });
  }
  return { story: lines.slice(0, opening), found: true, checkAlso: entries };
}

function isExcerpt(line: string, followsHeadline: boolean): boolean {
  if (findDatelineLead(line) !== undefined) return true;
  return followsHeadline && /(?:…|\.{3})\s*$/u.test(line) && line.split(/\s+/u).length > minExcerptWords;
}

/** The first http(s) address on a line, without the punctuation that ends a sentence around it. */
export function findUrl(line: string): string | undefined {
  const match = urlPattern.exec(line);
  if (!match) return undefined;
  let url = match[0].replace(/[.,;:!?'\]]+$/u, "");
  while (url.endsWith(")") && count(url, "(") < count(url, ")")) url = url.slice(0, -1);
  return URL.canParse(url) ? url : undefined;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
