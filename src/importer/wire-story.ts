import { createHash } from "node:crypto";
import { parseWireCopy } from "./parse-wire-copy.ts";
import { publicationDate } from "./publication-date.ts";
import type { StoryReading } from "./story.ts";
import { blocksToTree } from "./wire-blocks.ts";

/** How to read plain-text wire copy. */
export interface WireOptions {
  /** `--date`, as ISO 8601 with its offset, or a day alone. */
  date?: string | undefined;
  /** Zone a date the copy states without a time is read in (midnight). */
  zone: string;
  /** Agencies a sign-off may name besides the well-known ones (`--source`). */
  agencies: readonly string[];
}

/**
 * One piece of wire copy as a story. Plain text carries no identity, so the
 * story's is a hash of its words: the same copy imported twice is recognised,
 * and two stories with one headline (a daily rate table) stay two stories.
 */
export function wireStory(text: string, options: WireOptions): StoryReading {
  const copy = parseWireCopy(text, options.agencies);
  const id = createHash("sha256").update(text.replace(/\s+/gu, " ").trim()).digest("hex").slice(0, 16);
  if (copy.headline === "") return { kind: "failed", line: 1, title: "", message: "the file is empty; wire copy starts with its headline on the first line." };
  const dated = publicationDate(copy, options.date, options.zone);
  if (!dated.ok) return { kind: "failed", line: 1, title: copy.headline, message: dated.message };

  const notes = [...copy.missing, ...dated.notes];
  if (copy.removed.length > 0) notes.push(`left out of the story: ${copy.removed.map((text) => `\`${text}\``).join(", ")}`);
  if (copy.corrected && copy.corrections.length === 0) notes.push("the headline says CORRECTED but the copy gives no correction note; add one under `corrections:`");
  return {
    kind: "story",
    story: {
      format: "wire",
      id,
      line: 1,
      title: copy.headline,
      date: dated.date,
      ...(copy.source === undefined ? {} : { source: copy.source }),
      ...(copy.dateline === undefined ? {} : { dateline: copy.dateline }),
      ...(copy.datelineDay === undefined ? {} : { datelineDay: copy.datelineDay }),
      byline: copy.bylines,
      topics: [],
      related: copy.checkAlso,
      corrections: copy.corrections.map((text) => ({ date: dated.date, text })),
      aliases: [],
      draft: false,
      body: blocksToTree(copy.blocks),
      notes,
    },
  };
}
