import { cleanText } from "./clean-text.ts";

/**
 * Names from a field that takes one name or a list of them. Wire copy joins
 * co-authors with a slash (`Reem/Hazem Sabbagh`), so each entry is split on `/`.
 * Blank entries are dropped and repeats kept once, in the order written.
 */
export function splitNames(value: string | readonly string[], { splitSlash }: { splitSlash: boolean }): string[] {
  const entries = typeof value === "string" ? [value] : value;
  const names = entries.flatMap((entry) => (splitSlash ? entry.split("/") : [entry])).map(normalizeName);
  return [...new Set(names.filter((name) => name !== ""))];
}

/** A name as every listing knows it: NFC, without invisible characters, runs of white space folded, trimmed. */
export function normalizeName(name: string): string {
  return cleanText(name, { name: true }).text;
}
