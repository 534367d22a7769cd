import type { Root } from "mdast";
import type { MonthDay } from "./stated-date.ts";

/** The formats the importer reads. */
export const storyFormats = ["wire", "wxr", "nitf", "newsml", "ninjs"] as const;

/** Plain-text wire copy, a WordPress export (WXR), NITF, NewsML-G2 or ninjs. */
export type StoryFormat = (typeof storyFormats)[number];

/** A story as one of the formats gives it, before it becomes an article file. Nothing here is invented. */
export interface Story {
  format: StoryFormat;
  /** The identity the file gives the story (agency id, guid, WordPress post); how a later import recognises it. */
  id: string;
  /** Line of the file the story starts on, for messages. */
  line: number;
  title: string;
  /**
   * When it was published (for an embargoed item, when the embargo ends), ISO 8601
   * as the file states it: with its offset, or without one when the file gives none.
   */
  date?: string;
  /** Agency or publication. */
  source?: string;
  /** Where the story was filed from. */
  dateline?: string;
  /** The month and day the dateline states, when it states them (`Feb 26`). */
  datelineDay?: MonthDay;
  byline: string[];
  topics: string[];
  /** Language tag, when the file states one. */
  lang?: string;
  summary?: string;
  /** "See also" stories: a headline, with its address when the file gives one. */
  related: RelatedStory[];
  image?: StoryImage;
  corrections: { date: string; text: string }[];
  /** Old site paths of the story (WordPress permalinks), percent-escapes as written. */
  aliases: string[];
  /** The file's own slug for the story (WordPress `post_name`), when it has one. */
  slug?: string;
  /** The address of the site the story was published on (a WordPress export's): its links to itself lead within the archive. */
  siteUrl?: string;
  /** An unfinished story (a WordPress draft) is written with `draft: true`. */
  draft: boolean;
  /** The story, without its dateline lead. */
  body: Root;
  /** What the editor should know: fields not found, things left out. */
  notes: string[];
}

/** A story named in a "see also" or Check Also block. */
export interface RelatedStory {
  headline: string;
  url?: string;
}

/** The lead picture. */
export interface StoryImage {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/** An item of a file that is not imported as a story, and why. */
export interface SkippedItem {
  format: StoryFormat;
  id: string;
  line: number;
  title: string;
  /** Why, in an editor's words: `a page, not a story`. */
  reason: string;
  /** Items left out in bulk are counted under this name (`attachments`, `menu items`), not listed one by one. */
  group?: string;
}

/** What a reader makes of one item of a file: a story, an item left out, or a story it cannot import (`message` says why). */
export type StoryReading =
  | { kind: "story"; story: Story }
  | { kind: "skipped"; item: SkippedItem }
  | { kind: "failed"; line: number; title: string; message: string };
