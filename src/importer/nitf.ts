import { createHash } from "node:crypto";
import { bylineNames } from "./byline.ts";
import { finishStory } from "./finish-story.ts";
import { hastToTree } from "./html-to-tree.ts";
import { readDateline } from "./dateline-lead.ts";
import { titleCaseName } from "./letter-case.ts";
import { isoDate, publicationTime } from "./source-dates.ts";
import { readMonthDay } from "./stated-date.ts";
import { codeTopics } from "./topics.ts";
import type { StoryReading } from "./story.ts";
import { childOf, childrenOf, descendant, textOf, type XmlElement } from "./xml-reader.ts";
import { nitfEquivalent, nitfPicture, xmlToHast } from "./xml-to-hast.ts";

/** `management-status` values of items that are not to be published. */
const notPublished: Record<string, string> = {
  canceled: "the agency cancelled the item (`management-status=\"canceled\"`)",
  cancelled: "the agency cancelled the item (`management-status=\"cancelled\"`)",
  withheld: "the agency withheld the item (`management-status=\"withheld\"`)",
};

/**
 * The story of a NITF 3.x document (`<nitf>`): headline from `hedline/hl1`
 * (else `head/title`), date from `date.issue` (or the publication data; a later
 * `date.release` is an embargo, and its time the publication date), source from
 * `distributor` (else the copyright holder or publication), byline from
 * `byline` (its `person`s, without the title in `byttl`), dateline from the
 * `dateline`'s `location` (its `story.date` the day it states), topics from the
 * subject names of `tobject.subject` and the `key-list` keywords, summary from
 * `abstract`, the first picture (`media`) as the lead picture, correction notes
 * from `docdata/correction`, the body from `body.content` (and the `tagline`).
 * The editors' message (`ed-msg`) is never read. A cancelled or withheld item
 * is skipped.
 */
export function nitfStory(nitf: XmlElement): StoryReading {
  const head = childOf(nitf, "head");
  const docdata = childOf(head, "docdata");
  const bodyHead = descendant(nitf, ["body", "body.head"]);
  const title = textOf(descendant(bodyHead, ["hedline", "hl1"])) || textOf(childOf(head, "title"));
  const id = childOf(docdata, "doc-id")?.attributes["id-string"] ?? createHash("sha256").update(textOf(nitf)).digest("hex").slice(0, 16);
  const status = (docdata?.attributes["management-status"] ?? "usable").toLowerCase();
  const reason = notPublished[status];
  if (reason !== undefined) return { kind: "skipped", item: { format: "nitf", id, line: nitf.line, title, reason } };

  const issued = isoDate(childOf(docdata, "date.issue")?.attributes["norm"]) ?? isoDate(childOf(head, "pubdata")?.attributes["date.publication"]);
  const { date, notes } = publicationTime(issued, isoDate(childOf(docdata, "date.release")?.attributes["norm"]));
  if (date === undefined) return { kind: "failed", line: nitf.line, title, message: "the item has no date: NITF gives it in `docdata/date.issue norm=\"…\"`." };

  const content = descendant(nitf, ["body", "body.content"]);
  const medias = content === undefined ? [] : mediaOf(content);
  const lead = medias.map(nitfPicture).find((picture) => picture !== undefined);
  const leadMedia = medias.find((media) => nitfPicture(media) !== undefined);
  const bodyNodes = [...(content?.children ?? []).filter((node) => node !== leadMedia), ...childrenOf(descendant(nitf, ["body", "body.end"]), "tagline")];
  const { tree, notes: bodyNotes } = hastToTree(xmlToHast(bodyNodes, nitfEquivalent));
  if (tree.children.length === 0) return { kind: "skipped", item: { format: "nitf", id, line: nitf.line, title, reason: "the item has no text (`body.content` is empty)" } };

  const dateline = childOf(bodyHead, "dateline");
  const written = readDateline(textOf(dateline));
  const place = placeOf(dateline) ?? written.place;
  const storyDate = childOf(dateline, "story.date");
  const datelineDay = (storyDate === undefined ? undefined : readMonthDay(textOf(storyDate))) ?? written.day;
  const source = textOf(childOf(bodyHead, "distributor")) || childOf(docdata, "doc.copyright")?.attributes["holder"] || childOf(head, "pubdata")?.attributes["name"];
  const summary = textOf(childOf(bodyHead, "abstract")).replace(/\s+/gu, " ");
  const lang = nitf.attributes["xml:lang"] ?? descendant(nitf, ["body"])?.attributes["xml:lang"];
  const byline = bylineOf(childOf(bodyHead, "byline"));
  const topics = topicsOf(head, docdata);
  return {
    kind: "story",
    story: finishStory(
      {
        format: "nitf",
        id,
        line: nitf.line,
        title,
        date,
        ...(source ? { source } : {}),
        ...(place ? { dateline: place } : {}),
        ...(datelineDay === undefined ? {} : { datelineDay }),
        byline: byline.names,
        topics: topics.names,
        ...(lang ? { lang } : {}),
        ...(summary ? { summary } : {}),
        ...(lead === undefined ? {} : { image: lead }),
        corrections: childrenOf(docdata, "correction")
          .map((correction) => correction.attributes["info"]?.trim() ?? "")
          .filter((text) => text !== "")
          .map((text) => ({ date: issued ?? date, text })),
        aliases: [],
        draft: false,
        notes: [...notes, ...bodyNotes, ...byline.notes, ...topics.notes],
      },
      tree,
    ),
  };
}

/** Every `media` element of a body, in order. */
function mediaOf(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => (typeof child === "string" ? [] : child.local === "media" ? [child] : mediaOf(child)));
}

/** `<dateline><location><city>NEW YORK</city>, <state>N.Y.</state></location>`: the place, as an editor writes it. */
function placeOf(dateline: XmlElement | undefined): string | undefined {
  const location = childOf(dateline, "location");
  const parts = location === undefined ? [] : ["city", "state", "region", "country"].map((name) => textOf(childOf(location, name))).filter((part) => part !== "");
  const place = parts.length > 0 ? parts.slice(0, 2).join(", ") : textOf(location);
  return place ? titleCaseName(place) : undefined;
}

/** The people of a `byline`: its `person`s, or its text without the title (`byttl`). */
function bylineOf(byline: XmlElement | undefined): { names: string[]; notes: string[] } {
  if (byline === undefined) return { names: [], notes: [] };
  const persons = childrenOf(byline, "person").map(textOf).filter((name) => name !== "");
  const text = persons.length > 0 ? persons.join(", ") : byline.children.filter((child) => typeof child === "string" || child.local !== "byttl").map((child) => (typeof child === "string" ? child : textOf(child))).join("");
  return bylineNames(text);
}

/** Subject names (the most precise of `tobject.subject`'s), then keywords; the subject codes only when there is nothing else. */
function topicsOf(head: XmlElement | undefined, docdata: XmlElement | undefined): { names: string[]; notes: string[] } {
  const subjects = childrenOf(childOf(head, "tobject"), "tobject.subject");
  const named = subjects.map((subject) => subject.attributes["tobject.subject.detail"] ?? subject.attributes["tobject.subject.matter"] ?? subject.attributes["tobject.subject.type"] ?? "");
  const keywords = childrenOf(childOf(docdata, "key-list"), "keyword").map((keyword) => keyword.attributes["key"] ?? "");
  const topics = [...named, ...keywords].map((topic) => topic.trim()).filter((topic) => topic !== "");
  if (topics.length > 0) return { names: topics, notes: [] };
  return codeTopics(subjects.map((subject) => subject.attributes["tobject.subject.refnum"] ?? ""));
}
