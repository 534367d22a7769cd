import { readAgencyNote, withoutHeadlineLabel } from "./agency-notes.ts";
import { findByline, namesFromByline } from "./byline.ts";
import { splitCheckAlso } from "./check-also.ts";
import { findDatelineLead } from "./dateline-lead.ts";
import { takeSignOff } from "./sign-off.ts";
import { calendarDate, findStatedDates, type MonthDay, readMonthDay } from "./stated-date.ts";
import type { RelatedStory } from "./story.ts";
import { toBlocks, type WireBlock } from "./wire-blocks.ts";

/** What a piece of plain-text wire copy says about itself. Nothing here is invented. */
export interface WireCopy {
  /** The first non-empty line, without a `CORRECTED-` or `UPDATE 2-` label; empty when the copy is. */
  headline: string;
  /** The headline was labelled `CORRECTED-`. */
  corrected: boolean;
  /** Where the story was filed, from the lead (`Moscow`, `Midland, Texas`). */
  dateline?: string;
  /** The agency, from the lead (`SANA`) or else the sign-off (`Reuter`). */
  source?: string;
  /** The month and day the lead states (`Feb 26`). */
  datelineDay?: MonthDay;
  /** `YYYY-MM-DD` the story was filed, when the lead states it in full: with its year, or confirmed by the lead's first sentence. */
  statedDate?: string;
  /** Every distinct full date the copy states, `YYYY-MM-DD`, in the order written. */
  datesStated: string[];
  /** The story without the lead, byline, sign-off or Check Also block: paragraphs, and tables kept as set. */
  blocks: WireBlock[];
  /** Names from the byline (`Reem/Hazem Sabbagh` → `["Reem", "Hazem Sabbagh"]`). */
  bylines: string[];
  /** The related stories of the Check Also block. */
  checkAlso: RelatedStory[];
  /** Correction notes opening the story (`Corrects paragraph 3 …`), without their brackets. */
  corrections: string[];
  /** What was taken out of the story that the editor may want: credits, update notes. */
  removed: string[];
  /** What could not be found, in plain words, for the editor. */
  missing: string[];
}

/** `By JANE DOE`: a byline under the headline. */
const bylineLine = /^(?:by|von|par|por)\s+\S/iu;

/**
 * Read wire copy: the headline on the first non-empty line, perhaps a `By …`
 * line under it, a lead such as `Moscow, SANA- …` or `SALVADOR, Feb 26 - …`
 * opening the first paragraph, then the story; at its end a sign-off (`Reuter`,
 * `MORE`, credits), a byline and perhaps a Check Also block. Paragraphs are
 * separated by blank lines or open with an indented line; a paragraph's lines
 * (hard-wrapped copy) are joined with a space; lines set in columns stay a table.
 * `agencies` names agencies a sign-off may name besides the well-known ones.
 */
export function parseWireCopy(text: string, agencies: readonly string[] = []): WireCopy {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n?|\n/u);
  const headlineAt = lines.findIndex((line) => line.trim() !== "");
  const { headline, corrected } = withoutHeadlineLabel(headlineAt === -1 ? "" : (lines[headlineAt] ?? "").trim());

  const below = headlineAt === -1 ? [] : lines.slice(headlineAt + 1);
  const top = topByline(below, agencies);
  const { story, found, checkAlso } = splitCheckAlso(top.lines);
  const signOff = takeSignOff(story, agencies);
  const { lines: storyLines, names } = top.names.length > 0 ? { lines: signOff.lines, names: top.names } : findByline(signOff.lines, agencies);
  const notes = takeNotes(toBlocks(storyLines));
  const first = notes.blocks[0];
  const lead = first?.kind === "paragraph" ? findDatelineLead(first.text) : undefined;
  const blocks: WireBlock[] = lead === undefined ? notes.blocks : [...(lead.rest === "" ? [] : [{ kind: "paragraph" as const, text: lead.rest }]), ...notes.blocks.slice(1)];
  const datelineDay = lead?.when === undefined ? undefined : readMonthDay(lead.when);
  const statedDate = leadDate(lead?.when, datelineDay, lead?.rest ?? "");
  const source = lead?.source ?? signOff.agency;

  return {
    headline,
    corrected,
    ...(lead === undefined ? {} : { dateline: lead.place }),
    ...(source === undefined ? {} : { source }),
    ...(datelineDay === undefined ? {} : { datelineDay }),
    ...(statedDate === undefined ? {} : { statedDate }),
    datesStated: findStatedDates([headline, ...storyLines].join("\n")).all,
    blocks,
    bylines: names,
    checkAlso,
    corrections: notes.corrections,
    removed: [...signOff.credits, ...notes.removed],
    missing: missingNotes({ headline, lead: lead !== undefined, source: source !== undefined, blocks, names, checkAlsoWithoutHeadline: found && checkAlso.length === 0 }),
  };
}

/** A `By …` line right under the headline, as some agencies write it. */
function topByline(lines: readonly string[], agencies: readonly string[]): { lines: string[]; names: string[] } {
  const at = lines.findIndex((line) => line.trim() !== "");
  const line = (lines[at] ?? "").trim();
  if (at === -1 || !bylineLine.test(line) || line.length > 100) return { lines: [...lines], names: [] };
  const { names } = namesFromByline(line, agencies);
  return names.length === 0 ? { lines: [...lines], names: [] } : { lines: lines.filter((_, index) => index !== at), names };
}

/** Correction notes and notes to editors that open the story, taken out of it. */
function takeNotes(blocks: readonly WireBlock[]): { blocks: WireBlock[]; corrections: string[]; removed: string[] } {
  const corrections: string[] = [];
  const removed: string[] = [];
  let start = 0;
  for (const block of blocks) {
    const note = block.kind === "paragraph" ? readAgencyNote(block.text) : undefined;
    if (note === undefined) break;
    (note.kind === "correction" ? corrections : removed).push(note.text);
    start++;
  }
  return { blocks: blocks.slice(start), corrections, removed };
}

/**
 * The filing date the lead states: in full when it gives the year (`Feb 26, 1987`),
 * or the one full date of the lead's paragraph that falls on its month and day.
 * A date further down the story is never the filing date.
 */
function leadDate(when: string | undefined, day: MonthDay | undefined, leadParagraph: string): string | undefined {
  if (when === undefined || day === undefined) return undefined;
  const year = /(?:^|[\s,])(\d{4})\s*$/u.exec(when)?.[1];
  if (year !== undefined) return calendarDate(Number(year), day.month, day.day);
  return findStatedDates(leadParagraph, day).filed;
}

function missingNotes(found: {
  headline: string;
  lead: boolean;
  source: boolean;
  blocks: readonly WireBlock[];
  names: readonly string[];
  checkAlsoWithoutHeadline: boolean;
}): string[] {
  const notes: string[] = [];
  if (found.headline === "") notes.push("no headline found (the first non-empty line should be the headline)");
  if (found.headline !== "" && !found.lead) {
    notes.push(
      `no dateline${found.source ? "" : " or source"} found (the first paragraph should open like \`Moscow, SANA- …\`, \`DAMASCUS, Oct. 13 (SANA) — …\` or \`SALVADOR, Feb 26 - …\`)`,
    );
  }
  if (found.headline !== "" && found.blocks.length === 0) notes.push("no story text found below the headline");
  if (found.names.length === 0) notes.push("no byline found");
  if (found.checkAlsoWithoutHeadline) notes.push("the Check Also block names no story; it was left out");
  return notes;
}
