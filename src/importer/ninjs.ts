import type { Root } from "mdast";
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { bylineNames } from "./byline.ts";
import { readDateline } from "./dateline-lead.ts";
import { FileError } from "./file-error.ts";
import { finishStory } from "./finish-story.ts";
import { htmlToText, htmlToTree } from "./html-to-tree.ts";
import { checkNinjs } from "./ninjs-schema.ts";
import { isoDate, publicationTime } from "./source-dates.ts";
import type { RelatedStory, StoryImage, StoryReading } from "./story.ts";
import { codeTopics } from "./topics.ts";
import { blocksToTree, toBlocks } from "./wire-blocks.ts";

/** A ninjs item as the schema checked it: the fields the importer reads, of the right kinds. */
interface NinjsItem {
  uri: string;
  type?: string;
  version?: string | number;
  versioncreated?: string;
  firstcreated?: string;
  contentcreated?: string;
  embargoed?: string;
  pubstatus?: string;
  language?: string;
  headline?: string;
  byline?: string;
  by?: string;
  located?: string;
  copyrightholder?: string;
  alt_text?: string;
  headlines?: RoleValue[];
  bodies?: RoleValue[];
  descriptions?: RoleValue[];
  keywords?: string[];
  subject?: Concept[];
  subjects?: Concept[];
  infosource?: Concept[];
  infosources?: Concept[];
  renditions?: Record<string, Rendition> | Rendition[];
  associations?: Record<string, NinjsItem> | (NinjsItem & { name?: string })[];
  [field: string]: unknown;
}

interface RoleValue {
  role?: string;
  contenttype?: string;
  value: string;
}

interface Concept {
  name?: string;
  code?: string;
  uri?: string;
  literal?: string;
}

interface Rendition {
  name?: string;
  href?: string;
  width?: number;
}

const otherTypes: Record<string, string> = {
  picture: "a picture",
  graphic: "a graphic",
  video: "a video",
  audio: "an audio item",
  composite: "a package of other items",
  component: "a part of another item",
};

/**
 * The stories of a ninjs file (one item, or a list of them), 1.x or 2.x, after
 * the JSON is checked against the fields the importer reads: malformed JSON or a
 * field of the wrong kind is an error with its line and column. Text items only
 * (`type`), unless withheld or cancelled (`pubstatus`) or without a body. Each
 * gives: the headline (`headline`, or the main of `headlines`); the date first
 * created (or this version's; a later `embargoed` time is the publication
 * date); the source from `infosource(s)` (else the copyright holder); the byline
 * from `byline` or `by`; the dateline from `located`; topics from the subjects'
 * names and `keywords`; `language`; the summary from `description_*` or
 * `descriptions`; the body from `body_html`, `body_xhtml`, `body_text` or
 * `bodies`; the lead picture from an associated picture (the feature image
 * first); related stories from associated text items. `ednote` is never read.
 */
export function ninjsStories(text: string): StoryReading[] {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const lineOf = positionIn(text);
  const [error] = errors;
  if (error !== undefined || tree === undefined) {
    const where = lineOf(error?.offset ?? 0);
    throw new FileError(`the JSON is malformed: ${describeParseError(error)}.`, where.line, where.column);
  }
  const value: unknown = getNodeValue(tree);
  checkNinjs(value, tree, lineOf);
  const items = (Array.isArray(value) ? value : [value]) as NinjsItem[];
  const nodes: (Node | undefined)[] = tree.type === "array" ? (tree.children ?? []) : [tree];
  return items.map((item, index) => ninjsItem(item, lineOf(nodes[index]?.offset ?? 0).line));
}

function describeParseError(error: ParseError | undefined): string {
  const code = error === undefined ? "" : printParseErrorCode(error.error);
  return code.replace(/([a-z])([A-Z])/gu, "$1 $2").toLowerCase() || "it is empty";
}

/** Line and column (1-based) of an offset in a text. */
function positionIn(text: string): (offset: number) => { line: number; column: number } {
  return (offset) => {
    const before = text.slice(0, offset);
    const lastBreak = before.lastIndexOf("\n");
    return { line: before.split("\n").length, column: offset - lastBreak };
  };
}

function ninjsItem(item: NinjsItem, line: number): StoryReading {
  const id = item.uri;
  const title = (item.headline ?? mainValue(item.headlines)?.value ?? "").trim();
  const skip = (reason: string): StoryReading => ({ kind: "skipped", item: { format: "ninjs", id, line, title, reason } });
  const type = item.type ?? "text";
  if (type !== "text") return skip(`${otherTypes[type] ?? `an item of type \`${type}\``}, not a story`);
  if (item.pubstatus !== undefined && item.pubstatus !== "usable") return skip(`the agency ${item.pubstatus === "withheld" ? "withheld" : "cancelled"} the item (\`pubstatus\` \`${item.pubstatus}\`)`);
  const body = bodyOf(item);
  if (body === undefined) return skip("the item has no text body (`body_html`, `body_text` or `bodies`)");

  const versionCreated = isoDate(item.versioncreated);
  const first = isoDate(item.firstcreated) ?? isoDate(item.contentcreated) ?? versionCreated;
  const { date, notes: dated } = publicationTime(first, isoDate(item.embargoed));
  if (date === undefined) return { kind: "failed", line, title, message: "the item has no date: ninjs gives it in `firstcreated` or `versioncreated`." };

  const written = readDateline(item.located ?? "");
  const source = [...(item.infosource ?? []), ...(item.infosources ?? [])].map(conceptName).find((name) => name !== undefined) ?? item.copyrightholder?.trim();
  const byline = bylineNames(item.byline ?? item.by ?? "");
  const topics = topicsOf(item);
  const summary = summaryOf(item);
  const associated = associationsOf(item);
  const pictures = associated.filter(([, associatedItem]) => associatedItem.type === "picture").sort(([a], [b]) => featureFirst(a) - featureFirst(b));
  const image = pictures.map(([, picture]) => pictureOf(picture)).find((picture) => picture !== undefined);
  const notes = [...body.notes, ...byline.notes, ...topics.notes, ...dated];
  return {
    kind: "story",
    story: finishStory(
      {
        format: "ninjs",
        id,
        line,
        title,
        date,
        ...(source ? { source } : {}),
        ...(written.place === undefined ? {} : { dateline: written.place }),
        ...(written.day === undefined ? {} : { datelineDay: written.day }),
        byline: byline.names,
        topics: topics.names,
        ...(item.language ? { lang: item.language } : {}),
        ...(summary ? { summary } : {}),
        related: associated.flatMap(([, associatedItem]) => relatedOf(associatedItem)),
        ...(image === undefined ? {} : { image }),
        aliases: [],
        draft: false,
        notes,
        correctedAt: versionCreated,
      },
      body.tree,
    ),
  };
}

/** The main entry of `headlines`, `bodies` or `descriptions` (role `main`, or the first). */
function mainValue(values: readonly RoleValue[] | undefined, role = "main"): RoleValue | undefined {
  return values?.find((value) => value.role === role) ?? values?.[0];
}

function conceptName(concept: Concept): string | undefined {
  return (concept.name ?? concept.literal)?.trim() || undefined;
}

/** Subject names and keywords; codes only when there is nothing else. */
function topicsOf(item: NinjsItem): { names: string[]; notes: string[] } {
  const subjects = [...(item.subject ?? []), ...(item.subjects ?? [])];
  const names = [...subjects.map(conceptName).filter((name): name is string => name !== undefined), ...(item.keywords ?? [])];
  if (names.length > 0) return { names, notes: [] };
  return codeTopics(subjects.map((subject) => subject.code ?? subject.uri ?? ""));
}

function summaryOf(item: NinjsItem): string | undefined {
  const text = typeof item["description_text"] === "string" ? item["description_text"] : undefined;
  const html = typeof item["description_html"] === "string" ? item["description_html"] : undefined;
  const described = mainValue(item.descriptions?.filter((description) => !/alt/iu.test(description.role ?? "")), "summary");
  const summary = text ?? (html === undefined ? undefined : htmlToText(html)) ?? (described === undefined ? undefined : /html/u.test(described.contenttype ?? "") ? htmlToText(described.value) : described.value);
  return summary?.replace(/\s+/gu, " ").trim() || undefined;
}

/** The body: `body_html` or `body_xhtml` (HTML), `body_text` (plain text), or the main of `bodies`. */
function bodyOf(item: NinjsItem): { tree: Root; notes: string[] } | undefined {
  const main = mainValue(item.bodies);
  const html = item["body_html"] ?? item["body_xhtml"] ?? (main !== undefined && /html/u.test(main.contenttype ?? "text/html") ? main.value : undefined);
  const plain = item["body_text"] ?? main?.value;
  const result = typeof html === "string" ? htmlToTree(html) : typeof plain === "string" ? { tree: blocksToTree(toBlocks(plain.split(/\r\n?|\n/u))), notes: [] } : undefined;
  return result === undefined || result.tree.children.length === 0 ? undefined : result;
}

/** Associated items with their names, from 1.x's object or 2.x's list. */
function associationsOf(item: NinjsItem): [string, NinjsItem][] {
  const associations = item.associations;
  if (associations === undefined) return [];
  return Array.isArray(associations) ? associations.map((associated, index) => [associated.name ?? String(index), associated]) : Object.entries(associations);
}

/** Feature pictures (`featureimage`, `featuremedia`, `main`) come first. */
function featureFirst(name: string): number {
  return /^(?:feature|main)/iu.test(name) ? 0 : 1;
}

/** An associated picture: its largest rendition, description (alternative text), caption and credit. */
function pictureOf(picture: NinjsItem): StoryImage | undefined {
  const renditions = picture.renditions === undefined ? [] : Array.isArray(picture.renditions) ? picture.renditions : Object.values(picture.renditions);
  const url = [...renditions].filter((rendition) => /^https?:/u.test(rendition.href ?? "")).sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0]?.href;
  if (url === undefined) return undefined;
  const alt = picture.alt_text ?? picture.descriptions?.find((description) => /alt/iu.test(description.role ?? ""))?.value;
  const caption = summaryOf(picture) ?? (picture.headline || undefined);
  const credit = (picture.byline ?? picture.by ?? picture.copyrightholder)?.trim();
  return { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** An associated text item: a related story, linked when its `uri` is a web address. */
function relatedOf(associated: NinjsItem): RelatedStory[] {
  if ((associated.type ?? "text") !== "text") return [];
  const headline = (associated.headline ?? mainValue(associated.headlines)?.value)?.trim();
  if (!headline) return [];
  return [{ headline, ...(/^https?:/u.test(associated.uri) ? { url: associated.uri } : {}) }];
}
