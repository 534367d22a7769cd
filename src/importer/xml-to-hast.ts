import type { Element, ElementContent, Properties, Root } from "hast";
import { h } from "hastscript";
import { type XmlElement, type XmlNode, textOf } from "./xml-reader.ts";

/** What an XML element of a story body becomes in HTML: an element named `tag` with its content, an element made whole (`node`), its content alone, or nothing. */
export type HtmlEquivalent = { tag: string; properties?: Properties } | { node: Element } | "content" | "drop";

/** Attributes that carry over to HTML. */
const keptAttributes = ["href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "start"];

/**
 * The HTML tree of an XML story body (NITF's `body.content`, NewsML-G2's XHTML),
 * each element turned into its HTML equivalent by `equivalent`, with the
 * attributes HTML needs (addresses, descriptions, table spans) and nothing else.
 */
export function xmlToHast(nodes: readonly XmlNode[], equivalent: (element: XmlElement) => HtmlEquivalent): Root {
  return { type: "root", children: convert(nodes, equivalent) };
}

function convert(nodes: readonly XmlNode[], equivalent: (element: XmlElement) => HtmlEquivalent): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (typeof node === "string") {
      out.push({ type: "text", value: node });
      continue;
    }
    const as = equivalent(node);
    if (as === "drop") continue;
    if (as === "content") {
      out.push(...convert(node.children, equivalent));
      continue;
    }
    if ("node" in as) {
      out.push(as.node);
      continue;
    }
    const children = convert(node.children, equivalent);
    const properties: Properties = {};
    for (const name of keptAttributes) if (node.attributes[name] !== undefined) properties[name] = node.attributes[name];
    out.push({ type: "element", tagName: as.tag, properties: { ...properties, ...as.properties }, children } satisfies Element);
  }
  return out;
}

/** HTML elements XHTML bodies may hold, by name; others give their content. */
const htmlElements = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "code", "table", "thead", "tbody",
  "tfoot", "tr", "th", "td", "caption", "a", "em", "i", "strong", "b", "q", "cite", "sub", "sup", "br", "hr", "img", "figure",
  "figcaption", "span", "div", "section", "article", "abbr", "del", "s", "ins", "u", "small", "mark", "time",
  "script", "style", "iframe", "object", "embed", "video", "audio", "form", "input", "button", "select", "textarea",
]);

/** An XHTML element (NewsML-G2's `inlineXML`): itself when it is HTML, its content otherwise (`<html>`, `<body>`, inline metadata). */
export function xhtmlEquivalent(element: XmlElement): HtmlEquivalent {
  if (element.local === "head" || element.local === "title") return "drop";
  return htmlElements.has(element.local) ? { tag: element.local } : "content";
}

/** NITF's own elements and their HTML equivalents. */
const nitfElements: Record<string, HtmlEquivalent> = {
  hl1: { tag: "h2" },
  hl2: { tag: "h2" },
  bq: { tag: "blockquote" },
  block: "content",
  credit: { tag: "p" },
  fn: { tag: "p" },
  "nitf-table": "content",
  "nitf-table-metadata": "drop",
  "media-metadata": "drop",
  "media-object": "drop",
  pronounce: "content",
  "body.end": "content",
  tagline: { tag: "p" },
  bibliography: "drop",
};

/**
 * A NITF body element in HTML: headings, quotes, blocks and tables as HTML has
 * them, a picture (`<media media-type="image">`) as a figure with its caption,
 * other media (video, audio) and editors' notes (`<note noteclass="editorsnote">`) dropped,
 * and the inline marks of people, places and figures (`<person>`, `<location>`,
 * `<money>` …) as their text.
 */
export function nitfEquivalent(element: XmlElement): HtmlEquivalent {
  const known = nitfElements[element.local];
  if (known !== undefined) return known;
  if (element.local === "note") return element.attributes["noteclass"] === "editorsnote" || element.attributes["type"] === "pa" ? "drop" : { tag: "p" };
  if (element.local === "media") {
    const picture = nitfPicture(element);
    return picture === undefined ? "drop" : { node: figure(picture) };
  }
  return htmlElements.has(element.local) ? { tag: element.local } : "content";
}

/** A NITF picture (`<media media-type="image">`): its address, description, caption and credit. */
export function nitfPicture(media: XmlElement): { url: string; alt?: string; caption?: string; credit?: string } | undefined {
  if ((media.attributes["media-type"] ?? "image") !== "image") return undefined;
  const references = media.children.filter((child): child is XmlElement => typeof child !== "string" && child.local === "media-reference");
  const reference = references.find((candidate) => /^https?:/u.test(candidate.attributes["source"] ?? "")) ?? references[0];
  const url = reference?.attributes["source"];
  if (url === undefined) return undefined;
  const alt = reference?.attributes["alternate-text"];
  const caption = textOf(media.children.find((child): child is XmlElement => typeof child !== "string" && child.local === "media-caption"));
  const credit = textOf(media.children.find((child): child is XmlElement => typeof child !== "string" && child.local === "media-producer"));
  return { url, ...(alt ? { alt } : {}), ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
}

/** A picture as a figure with its caption, as the story shows it. */
export function figure(picture: { url: string; alt?: string; caption?: string }): Element {
  return h("figure", [h("img", { src: picture.url, alt: picture.alt ?? "" }), ...(picture.caption ? [h("figcaption", picture.caption)] : [])]);
}
