/** `CORRECTED-`, `UPDATE 2-`, `REFILE-`: labels agencies put before a headline. */
const headlineLabel = /^(?<label>corrected|correction|refile|repeat|rpt|update\s+\d+)\s*[-–—:]\s*/iu;
/** `(Corrects paragraph 3 …)`: a correction note at the top of the story. */
const correctionNote = /^\(\s*(?:corrects?|correcting|correction)\b[\s\S]*\)$/iu;
/** `(Updates with …)`, `(Adds quotes …)`: a note to editors at the top of the story. */
const editorsNote = /^\(\s*(?:updates?|adds?|recasts?|refiles?|repeats?|fixes|changes|removes|inserts|rewrites|writethru)\b[\s\S]*\)$/iu;

/** A headline without the agency's label, and whether the label marked a correction (`CORRECTED-Stocks rise` → `Stocks rise`). */
export function withoutHeadlineLabel(headline: string): { headline: string; corrected: boolean } {
  const label = headlineLabel.exec(headline);
  if (!label) return { headline, corrected: false };
  return { headline: headline.slice(label[0].length).trim(), corrected: /^correct/iu.test(label.groups?.["label"] ?? "") };
}

/**
 * What a bracketed paragraph at the top of a story is: an agency's correction
 * note (`(Corrects paragraph 3 to show …)`), a note to editors (`(Updates with
 * reaction)`), or story text. The note's text comes without its brackets.
 */
export function readAgencyNote(paragraph: string): { kind: "correction" | "editors"; text: string } | undefined {
  const text = paragraph.trim();
  if (correctionNote.test(text)) return { kind: "correction", text: text.slice(1, -1).trim() };
  if (editorsNote.test(text)) return { kind: "editors", text: text.slice(1, -1).trim() };
  return undefined;
}
