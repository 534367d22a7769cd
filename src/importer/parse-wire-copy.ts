import { findByline } from "./byline.ts";
import { type CheckAlso, splitCheckAlso } from "./check-also.ts";
import { findDatelineLead } from "./dateline-lead.ts";
import { findStatedDates, readMonthDay } from "./stated-date.ts";

export type { CheckAlso } from "./check-also.ts";

/** What a piece of plain-text wire copy says about itself. Nothing here is invented. */
export interface WireCopy {
  /** The first non-empty line; empty when the copy is. */
  headline: string;
  /** Where the story was filed, from the lead (`Moscow`). */
  dateline?: string;
  /** The agency, from the lead (`SANA`). */
  source?: string;
  /** `YYYY-MM-DD` the story was filed, when the copy states it in full (with a year) and unambiguously. */
  statedDate?: string;
  /** Every distinct full date the copy states, `YYYY-MM-DD`, in the order written. */
  datesStated: string[];
  /** The story, one entry per paragraph, without the lead, byline or Check Also block. */
  paragraphs: string[];
  /** Names from the byline line (`Reem/Hazem Sabbagh` → `["Reem", "Hazem Sabbagh"]`). */
  bylines: string[];
  /** The related story of the Check Also block. */
  checkAlso?: CheckAlso;
  /** What could not be found, in plain words, for the editor. */
  missing: string[];
}

/**
 * Read wire copy: headline on the first non-empty line, a lead such as
 * `Moscow, SANA- …` opening the first paragraph, a byline on the last line and
 * perhaps a Check Also block after it. Paragraphs are separated by blank lines;
 * the lines of one paragraph (hard-wrapped copy) are joined with a space.
 */
export function parseWireCopy(text: string): WireCopy {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r\n?|\n/u);
  const headlineAt = lines.findIndex((line) => line.trim() !== "");
  const headline = headlineAt === -1 ? "" : (lines[headlineAt] ?? "").trim();
  const { story, found, checkAlso } = splitCheckAlso(headlineAt === -1 ? [] : lines.slice(headlineAt + 1));
  const { lines: storyLines, names } = findByline(story);
  const written = toParagraphs(storyLines);
  const lead = findDatelineLead(written[0] ?? "");
  const paragraphs = lead === undefined ? written : [lead.rest, ...written.slice(1)].filter((paragraph) => paragraph !== "");
  const datelineDay = lead?.when === undefined ? undefined : readMonthDay(lead.when);
  const dates = findStatedDates([headline, ...written].join("\n"), datelineDay);

  return {
    headline,
    ...(lead === undefined ? {} : { dateline: lead.place, source: lead.source }),
    ...(dates.filed === undefined ? {} : { statedDate: dates.filed }),
    datesStated: dates.all,
    paragraphs,
    bylines: names,
    ...(checkAlso === undefined ? {} : { checkAlso }),
    missing: missingNotes({ headline, lead: lead !== undefined, paragraphs, names, checkAlsoWithoutHeadline: found && !checkAlso }),
  };
}

/** Blank lines separate paragraphs; a paragraph's lines are trimmed and joined with a space. */
export function toParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of [...lines, ""]) {
    const trimmed = line.trim();
    if (trimmed !== "") {
      current.push(trimmed);
      continue;
    }
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  }
  return paragraphs;
}

function missingNotes(found: {
  headline: string;
  lead: boolean;
  paragraphs: readonly string[];
  names: readonly string[];
  checkAlsoWithoutHeadline: boolean;
}): string[] {
  const notes: string[] = [];
  if (found.headline === "") notes.push("no headline found (the first non-empty line should be the headline)");
  if (found.headline !== "" && !found.lead) {
    notes.push("no dateline or source found (the first paragraph should open like `Moscow, SANA- …` or `DAMASCUS, Oct. 13 (SANA) — …`)");
  }
  if (found.headline !== "" && found.paragraphs.length === 0) notes.push("no story text found below the headline");
  if (found.names.length === 0) notes.push("no byline found");
  if (found.checkAlsoWithoutHeadline) notes.push("the Check Also block names no story; it was left out");
  return notes;
}
