import type { ArticleFields } from "../content/article-schema.ts";

/** What the table says about one kind of entry. */
export interface EntryKindSpec {
  /** URL segment of its listings and index: `/topics/syria/`, `/topics/`. */
  segment: string;
  /** The front-matter field its names come from. */
  field: "topics" | "source" | "byline" | "dateline";
  /** The article property (see `Article`) that holds its entries: a list, or one entry. */
  property: "topics" | "source" | "bylines" | "dateline";
  /** Whether each entry's listing has its own Atom and JSON feed. */
  feeds: boolean;
}

/**
 * The one table of entry kinds: the names an article is listed under besides
 * its date. Every listing, index, feed, signature and link of an entry follows
 * this table, in this order (the order of the site's navigation).
 */
export const entryKinds = {
  topic: { segment: "topics", field: "topics", property: "topics", feeds: true },
  source: { segment: "sources", field: "source", property: "source", feeds: true },
  byline: { segment: "bylines", field: "byline", property: "bylines", feeds: false },
  dateline: { segment: "datelines", field: "dateline", property: "dateline", feeds: false },
} as const satisfies Record<string, EntryKindSpec>;

export type EntryKind = keyof typeof entryKinds;

/** Every kind, in the table's order. */
export const entryKindNames = Object.keys(entryKinds) as EntryKind[];

/** A record with one value per entry kind, made by `make`. */
export function perEntryKind<Value>(make: (kind: EntryKind) => Value): Record<EntryKind, Value> {
  return Object.fromEntries(entryKindNames.map((kind) => [kind, make(kind)])) as Record<EntryKind, Value>;
}

/** The names an article's front matter gives for one kind, as a list (a source is one name, a dateline none or one). */
export function namesOf(kind: EntryKind, fields: Pick<ArticleFields, EntryKindSpec["field"]>): readonly string[] {
  const value = fields[entryKinds[kind].field];
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}
