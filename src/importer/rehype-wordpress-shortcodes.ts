import type { Element, ElementContent, Root, RootContent } from "hast";
import { toText } from "hast-util-to-text";
import { h } from "hastscript";

/** Options of `rehypeWordpressShortcodes`. */
export interface ShortcodeOptions {
  /** Where to say which shortcodes were removed, for the editor. */
  notes: string[];
}

/** A shortcode tag in text: `[caption id="x"]`, `[/caption]`, `[gallery ids="1,2" /]`; `[[x]]` is WordPress's way to write `[x]` itself. */
const tagPattern = /\[(\[?)(\/?)([a-z][a-z0-9_-]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'\]]+))?|\s+"[^"]*"|\s+https?:\/\/[^\s\]]+)*)\s*(\/?)\](\]?)/gu;
const attributePattern = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)/gu;

/** Shortcodes that put a player or a link to a page in the story: their address becomes a link. */
const linkShortcodes = new Set(["embed", "video", "audio", "youtube", "vimeo", "soundcloud", "tweet", "twitter"]);
/** Shortcodes WordPress fills in with content of its own (galleries, forms): nothing of the story is in them. */
const fillShortcodes = new Set(["gallery", "playlist", "contact-form", "contact-form-7", "gravityform", "wpforms", "ninja_form", "instagram-feed", "related", "ad", "adsense"]);

/** Count a removed shortcode, and whether the text it held was kept. */
type Remove = (name: string, textKept: boolean) => void;

/** A shortcode's tag as written. */
interface Tag {
  kind: "open" | "close";
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  written: string;
}

type Token = { kind: "node"; node: ElementContent } | Tag;

/**
 * WordPress shortcodes, understood where they carry content and removed
 * otherwise: `[caption]` becomes its picture with the caption (a figure),
 * `[embed]`, `[video]` and their like a link to what they showed; `[gallery]`,
 * forms and other shortcodes WordPress filled in are removed, and an unknown
 * shortcode around text keeps the text. The notes say what was removed.
 * Text in brackets that is no shortcode (`[sic]`) stays.
 */
export default function rehypeWordpressShortcodes(options: ShortcodeOptions) {
  return (tree: Root) => {
    const removed = new Map<string, number>();
    const remove: Remove = (name, textKept) => {
      const key = `${name}\n${textKept ? "kept" : ""}`;
      removed.set(key, (removed.get(key) ?? 0) + 1);
    };
    walk(tree, remove);
    for (const [key, count] of removed) {
      const [name, kept] = key.split("\n");
      const why = kept ? "its text is kept" : "WordPress filled it in when it showed the page";
      options.notes.push(`the \`[${name}]\` shortcode was removed${count === 1 ? "" : ` ${count} times`} (${why})`);
    }
  };
}

function walk(parent: Root | Element, remove: Remove): void {
  for (const child of parent.children) if (child.type === "element") walk(child, remove);
  if (!parent.children.some((child) => child.type === "text" && child.value.includes("["))) return;
  parent.children = expand(tokens(parent.children as ElementContent[]), remove) as RootContent[] as Element["children"];
}

/** Content as nodes and shortcode tags. */
function tokens(children: readonly ElementContent[]): Token[] {
  const list: Token[] = [];
  for (const node of children) {
    if (node.type !== "text") {
      list.push({ kind: "node", node });
      continue;
    }
    let last = 0;
    for (const match of node.value.matchAll(tagPattern)) {
      const [written, openEscape, slash, name = "", attributeText = "", selfClosing, closeEscape] = match;
      if (match.index > last) list.push({ kind: "node", node: { type: "text", value: node.value.slice(last, match.index) } });
      last = match.index + written.length;
      if (openEscape && closeEscape) {
        list.push({ kind: "node", node: { type: "text", value: written.slice(1, -1) } });
        continue;
      }
      list.push({ kind: slash ? "close" : "open", name, attributes: readAttributes(attributeText), selfClosing: selfClosing === "/", written });
    }
    if (last < node.value.length) list.push({ kind: "node", node: { type: "text", value: node.value.slice(last) } });
  }
  return list;
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(attributePattern)) {
    const name = match[1] ?? match[3] ?? match[5] ?? "";
    attributes[name.toLowerCase()] = match[2] ?? match[4] ?? match[6] ?? "";
  }
  const bare = /^\s*(https?:\/\/\S+)/u.exec(text)?.[1];
  if (bare !== undefined && attributes["url"] === undefined) attributes["url"] = bare;
  return attributes;
}

/** Tokens back to content, each shortcode replaced by what it stands for. */
function expand(list: readonly Token[], remove: Remove): ElementContent[] {
  const out: ElementContent[] = [];
  for (let index = 0; index < list.length; index++) {
    const token = list[index] as Token;
    if (token.kind === "node") {
      out.push(token.node);
      continue;
    }
    if (token.kind === "close") {
      remove(token.name, false);
      continue;
    }
    const close = token.selfClosing ? -1 : list.findIndex((other, at) => at > index && other.kind === "close" && other.name === token.name);
    const inner = close === -1 ? [] : expand(list.slice(index + 1, close), remove);
    const replaced = replacement(token, inner, close !== -1, remove);
    if (replaced === undefined) out.push({ type: "text", value: token.written });
    else out.push(...replaced);
    if (close !== -1) index = close;
  }
  return out;
}

/** What a shortcode stands for; undefined when it is no shortcode but text in brackets. */
function replacement(tag: Tag, inner: ElementContent[], closed: boolean, remove: Remove): ElementContent[] | undefined {
  if (tag.name === "caption" || tag.name === "wp_caption") return [caption(inner, tag.attributes["caption"])];
  if (linkShortcodes.has(tag.name)) {
    const url = tag.attributes["src"] ?? tag.attributes["url"] ?? tag.attributes["mp4"] ?? tag.attributes["mp3"] ?? textOf(inner).trim();
    if (/^https?:\/\//u.test(url)) return [h("p", [h("a", { href: url }, url)])];
    remove(tag.name, false);
    return [];
  }
  if (fillShortcodes.has(tag.name) || Object.keys(tag.attributes).length > 0 || closed) {
    remove(tag.name, closed && inner.length > 0);
    return inner;
  }
  return undefined;
}

/** `[caption]<img …> The caption[/caption]`: the picture, and the text after it as its caption. */
function caption(inner: ElementContent[], attribute: string | undefined): Element {
  const pictureAt = inner.findIndex((node) => node.type === "element" && (node.tagName === "img" || (node.tagName === "a" && node.children.some((child) => child.type === "element" && child.tagName === "img"))));
  const picture = inner[pictureAt];
  const rest = inner.filter((_, index) => index !== pictureAt);
  const text = attribute ?? textOf(rest).trim();
  return h("figure", [...(picture === undefined ? [] : [picture]), ...(text === "" ? [] : [h("figcaption", text)])]);
}

function textOf(nodes: ElementContent[]): string {
  return toText({ type: "root", children: nodes });
}
