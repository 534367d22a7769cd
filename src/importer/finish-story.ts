import type { Root } from "mdast";
import { splitNames } from "../content/names.ts";
import { withoutHeadlineLabel } from "./agency-notes.ts";
import { readMonthDay } from "./stated-date.ts";
import type { Story } from "./story.ts";
import { takeAgencyNotes, takeLead, takeSeeAlso } from "./story-tree.ts";

/** A story as a format's reader finds it in its metadata, before its body is read. */
export type StoryDraft = Omit<Story, "body" | "corrections" | "related" | "notes"> & {
  corrections?: Story["corrections"];
  related?: Story["related"];
  notes?: string[];
  /** When a correction the story carries was made (its version's time); default: its date. */
  correctedAt?: string | undefined;
  /** The file marks the story as a correction (NewsML-G2's `sig:correction`). */
  corrected?: boolean;
};

/**
 * The story a reader's metadata and body make, read the same way for every
 * format: a `CORRECTED-` label off the headline, the agency's correction notes
 * (`(Corrects …)`) off the top of the body into `corrections` and its notes to
 * editors dropped, the dateline lead off the first paragraph (its place, agency
 * and day used where the metadata gives none), a "see also" block off the end
 * into `related`, and names and topics each kept once.
 */
export function finishStory(draft: StoryDraft, tree: Root): Story {
  const { correctedAt, corrected: marked = false, corrections: given = [], related: named = [], notes: drafted = [], ...fields } = draft;
  const { headline, corrected } = withoutHeadlineLabel(fields.title);
  const notes = [...drafted];
  const agencyNotes = takeAgencyNotes(tree);
  const when = correctedAt ?? fields.date;
  const corrections = [...given, ...(when === undefined ? [] : agencyNotes.corrections.map((text) => ({ date: when, text })))];
  if ((corrected || marked) && corrections.length === 0) notes.push("the agency marks the story as a correction but gives no correction note; add one under `corrections:`");
  if (agencyNotes.editors.length > 0) notes.push(`notes to editors left out of the story: ${agencyNotes.editors.map((text) => `\`${text}\``).join(", ")}`);
  const lead = takeLead(tree);
  const leadDay = lead?.when === undefined ? undefined : readMonthDay(lead.when);
  const dateline = fields.dateline ?? lead?.place;
  const source = fields.source ?? lead?.source;
  const datelineDay = fields.datelineDay ?? leadDay;
  return {
    ...fields,
    title: headline,
    ...(dateline === undefined ? {} : { dateline }),
    ...(source === undefined ? {} : { source }),
    ...(datelineDay === undefined ? {} : { datelineDay }),
    byline: splitNames(fields.byline, { splitSlash: false }),
    topics: splitNames(fields.topics, { splitSlash: false }),
    related: [...named, ...takeSeeAlso(tree)],
    corrections,
    body: tree,
    notes,
  };
}
