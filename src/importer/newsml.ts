import type { Root } from "mdast";
import { bylineNames } from "./byline.ts";
import { readDateline } from "./dateline-lead.ts";
import { finishStory } from "./finish-story.ts";
import { hastToTree, htmlToTree } from "./html-to-tree.ts";
import { isoDate, publicationTime } from "./source-dates.ts";
import type { RelatedStory, StoryImage, StoryReading } from "./story.ts";
import { codeTopics } from "./topics.ts";
import { blocksToTree, toBlocks } from "./wire-blocks.ts";
import { childOf, childrenOf, descendant, textOf, type XmlElement } from "./xml-reader.ts";
import { xhtmlEquivalent, xmlToHast } from "./xml-to-hast.ts";

/** Kinds of item (`itemClass`) that are not stories, as an editor names them. */
const otherClasses: Record<string, string> = {
  picture: "a picture",
  graphic: "a graphic",
  video: "a video",
  audio: "an audio item",
  composite: "a package of other items",
  interactive: "an interactive item",
};

/**
 * The stories of a NewsML-G2 document (`<newsMessage>` or one `<newsItem>`):
 * text items only; pictures, graphics, video, packages and items that are not
 * news items are skipped, and so are withheld or cancelled ones (`pubStatus`)
 * and items without a text body. Each text item gives: the headline; the date it
 * was first created (or this version's; a later `embargoed` time is the
 * publication date); the provider (else the info source or credit line) as
 * source; the byline from `by` (else the creators' names); the dateline from
 * `located` (else `dateline`, whose day is kept); topics from the subjects'
 * names and the keywords; the language; the summary from `description`;
 * related stories from `link rel="irel:seeAlso"`; the lead picture from a
 * picture item (or image) it links to; the body from `inlineXML` (XHTML) or
 * `inlineData`. The editorial note (`edNote`) is never read.
 */
export function newsmlStories(root: XmlElement): StoryReading[] {
  const items = root.local === "newsMessage" ? childrenOf(root, "itemSet").flatMap((set) => set.children.filter((child): child is XmlElement => typeof child !== "string")) : [root];
  const pictures = new Map(items.filter((item) => itemClass(item) === "picture").map((item) => [item.attributes["guid"] ?? "", item]));
  return items.map((item) => newsmlItem(item, pictures));
}

/** `ninat:text` → `text`. */
function itemClass(item: XmlElement): string {
  const qcode = descendant(item, ["itemMeta", "itemClass"])?.attributes["qcode"] ?? "";
  return qcode.slice(qcode.indexOf(":") + 1);
}

function newsmlItem(item: XmlElement, pictures: ReadonlyMap<string, XmlElement>): StoryReading {
  const meta = childOf(item, "itemMeta");
  const content = childOf(item, "contentMeta");
  const id = item.attributes["guid"] ?? "";
  const title = textOf(childOf(content, "headline"));
  const skip = (reason: string): StoryReading => ({ kind: "skipped", item: { format: "newsml", id, line: item.line, title, reason } });
  if (item.local !== "newsItem") return skip(item.local === "packageItem" ? "a package of other items, not a story" : `a \`${item.local}\`, not a story`);
  const kind = itemClass(item);
  if (kind !== "text") return skip(`${otherClasses[kind] ?? `an item of class \`${kind || "none"}\``}, not a story`);
  const status = descendant(meta, ["pubStatus"])?.attributes["qcode"]?.replace(/^.*:/u, "") ?? "usable";
  if (status !== "usable") return skip(`the agency ${status === "withheld" ? "withheld" : "cancelled"} the item (\`pubStatus\` \`${status}\`)`);
  if (id === "") return { kind: "failed", line: item.line, title, message: "the news item has no `guid`: it cannot be told apart from others." };

  const body = bodyOf(childOf(item, "contentSet"));
  if (body === undefined) return skip("the item has no text body (`inlineXML` or `inlineData`)");
  const versionCreated = isoDate(textOf(childOf(meta, "versionCreated")));
  const first = isoDate(textOf(childOf(meta, "firstCreated"))) ?? isoDate(textOf(childOf(content, "contentCreated"))) ?? versionCreated;
  const { date, notes: dated } = publicationTime(first, isoDate(textOf(childOf(meta, "embargoed"))));
  if (date === undefined) return { kind: "failed", line: item.line, title, message: "the item has no date: NewsML-G2 gives it in `itemMeta/firstCreated` or `versionCreated`." };

  const lang = item.attributes["xml:lang"] ?? childOf(content, "language")?.attributes["tag"];
  const written = readDateline(textOf(childOf(content, "dateline")));
  const located = nameOf(childOf(content, "located"), lang) ?? written.place;
  const source = nameOf(childOf(meta, "provider"), lang) ?? nameOf(childOf(content, "infoSource"), lang) ?? (textOf(childOf(content, "creditline")) || undefined);
  const byline = bylineOf(content, lang);
  const topics = topicsOf(content, lang);
  const summary = textOf(childrenOf(content, "description").find((description) => !/alt/iu.test(description.attributes["role"] ?? "")) ?? childOf(content, "description")).replace(/\s+/gu, " ");
  const links = childrenOf(meta, "link");
  const image = leadPicture(links, pictures, lang);
  const signals = childrenOf(meta, "signal").map((signal) => signal.attributes["qcode"] ?? "");
  const notes = [...body.notes, ...byline.notes, ...topics.notes, ...dated];
  return {
    kind: "story",
    story: finishStory(
      {
        format: "newsml",
        id,
        line: item.line,
        title,
        date,
        ...(source === undefined ? {} : { source }),
        ...(located === undefined ? {} : { dateline: located }),
        ...(written.day === undefined ? {} : { datelineDay: written.day }),
        byline: byline.names,
        topics: topics.names,
        ...(lang === undefined ? {} : { lang }),
        ...(summary === "" ? {} : { summary }),
        related: links.filter((link) => /seeAlso$/iu.test(link.attributes["rel"] ?? "")).flatMap(relatedOf),
        ...(image === undefined ? {} : { image }),
        aliases: [],
        draft: false,
        notes,
        correctedAt: versionCreated,
        corrected: signals.some((signal) => /correction$/iu.test(signal)),
      },
      body.tree,
    ),
  };
}

/** The name of a concept (`provider`, `located`, `subject`): its `name` in the item's language, or any, or its `literal`. */
function nameOf(element: XmlElement | undefined, lang: string | undefined): string | undefined {
  if (element === undefined) return undefined;
  const names = childrenOf(element, "name");
  const name = names.find((candidate) => lang !== undefined && candidate.attributes["xml:lang"]?.split("-")[0] === lang.split("-")[0]) ?? names[0];
  const text = textOf(name) || element.attributes["literal"]?.trim();
  return text || undefined;
}

/** The people of `by` (`By Jane Doe`), else the creators' names. */
function bylineOf(content: XmlElement | undefined, lang: string | undefined): { names: string[]; notes: string[] } {
  const by = textOf(childOf(content, "by"));
  const text = by || childrenOf(content, "creator").map((creator) => nameOf(creator, lang) ?? "").filter((name) => name !== "").join(", ");
  return bylineNames(text);
}

/** Subjects by name, then keywords; subject codes only when the file has nothing else. */
function topicsOf(content: XmlElement | undefined, lang: string | undefined): { names: string[]; notes: string[] } {
  const subjects = childrenOf(content, "subject");
  const named = subjects.map((subject) => nameOf(subject, lang)).filter((name): name is string => name !== undefined);
  const keywords = childrenOf(content, "keyword").map(textOf).filter((keyword) => keyword !== "");
  if (named.length + keywords.length > 0) return { names: [...named, ...keywords], notes: [] };
  return codeTopics(subjects.map((subject) => subject.attributes["qcode"] ?? ""));
}

/** A `link` to a related story: its title, and its address when it has one on the web. */
function relatedOf(link: XmlElement): RelatedStory[] {
  const href = link.attributes["href"];
  const headline = link.attributes["title"]?.trim() || textOf(childOf(link, "title")) || href;
  if (headline === undefined || headline === "") return [];
  return [{ headline, ...(href !== undefined && /^https?:/u.test(href) ? { url: href } : {}) }];
}

/** The lead picture: a picture item of the message a link names, or an image a link points to. */
function leadPicture(links: readonly XmlElement[], pictures: ReadonlyMap<string, XmlElement>, lang: string | undefined): StoryImage | undefined {
  for (const link of links) {
    const picture = pictures.get(link.attributes["residref"] ?? "") ?? pictures.get(link.attributes["href"] ?? "");
    if (picture !== undefined) return pictureOf(picture, lang);
    const href = link.attributes["href"];
    if (href !== undefined && /^image\//u.test(link.attributes["contenttype"] ?? "") && /^https?:/u.test(href)) {
      const caption = link.attributes["title"]?.trim();
      return { url: href, ...(caption ? { caption } : {}) };
    }
  }
  return undefined;
}

/** A picture item: its largest web rendition, description (alternative text), caption and credit line. */
function pictureOf(item: XmlElement, lang: string | undefined): StoryImage | undefined {
  const content = childOf(item, "contentMeta");
  const renditions = childrenOf(childOf(item, "contentSet"), "remoteContent").filter((remote) => /^https?:/u.test(remote.attributes["href"] ?? ""));
  const best = [...renditions].sort((a, b) => Number(b.attributes["width"] ?? 0) - Number(a.attributes["width"] ?? 0))[0];
  const url = best?.attributes["href"];
  if (url === undefined) return undefined;
  const descriptions = childrenOf(content, "description");
  const alt = textOf(descriptions.find((description) => /alt/iu.test(description.attributes["role"] ?? "")));
  const caption = textOf(descriptions.find((description) => !/alt/iu.test(description.attributes["role"] ?? ""))) || (nameOf(childOf(content, "headline"), lang) ?? textOf(childOf(content, "headline")));
  const credit = textOf(childOf(content, "creditline")) || nameOf(childOf(content, "creator"), lang) || "";
  return { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** The text body of a content set: XHTML (`inlineXML`), plain text or HTML (`inlineData`). */
function bodyOf(contentSet: XmlElement | undefined): { tree: Root; notes: string[] } | undefined {
  const inline = [...childrenOf(contentSet, "inlineXML"), ...childrenOf(contentSet, "inlineData")];
  for (const part of inline) {
    const type = part.attributes["contenttype"] ?? (part.local === "inlineXML" ? "application/xhtml+xml" : "text/plain");
    const result =
      part.local === "inlineXML"
        ? hastToTree(xmlToHast(part.children, xhtmlEquivalent))
        : /html/u.test(type)
          ? htmlToTree(textOf(part))
          : { tree: blocksToTree(toBlocks(textOf(part).split(/\r\n?|\n/u))), notes: [] };
    if (result.tree.children.length > 0) return result;
  }
  return undefined;
}
