/** The related story a "Check Also" block names. */
export interface CheckAlso {
  headline: string;
  /** Its address, when the block gives one. */
  url?: string;
}

/** `Check Also`, `CHECK ALSO:`: the line that opens the block. */
const openingLine = /^\s*check\s+also\s*:?\s*$/iu;
const urlPattern = /https?:\/\/[^\s<>"“”‘’]+/iu;

/**
 * Split wire copy at its "Check Also" block: the story lines before it, and the
 * related story it names (its headline is the first non-empty line of the block
 * that is not just an address; an http(s) address anywhere in the block is its URL).
 * `found` tells a block without a headline from no block at all.
 */
export function splitCheckAlso(lines: readonly string[]): { story: string[]; found: boolean; checkAlso?: CheckAlso } {
  const opening = lines.findIndex((line) => openingLine.test(line));
  if (opening === -1) return { story: [...lines], found: false };
  const block = lines.slice(opening + 1);
  const url = block.map(findUrl).find((found) => found !== undefined);
  const headline = block.map((line) => line.replace(urlPattern, "").trim()).find((line) => line !== "");
  const story = lines.slice(0, opening);
  if (headline === undefined) return { story, found: true };
  return { story, found: true, checkAlso: { headline, ...(url === undefined ? {} : { url }) } };
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
