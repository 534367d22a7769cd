import { characterEntities } from "character-entities";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { FileError } from "./file-error.ts";

/** An XML element: its name as written (`wp:post_id`), its local name and namespace, attributes by name as written, and its content. */
export interface XmlElement {
  name: string;
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** Where the element's start tag ends (1-based). */
  line: number;
  column: number;
}

/** An element, or text (character data and CDATA alike). */
export type XmlNode = XmlElement | string;

/** Which elements to hand over, and the bounds a hostile file meets. */
export interface XmlReadOptions {
  /** True for the elements to collect whole, given the local names from the root down to them (`["rss", "channel", "item"]`). */
  collect(path: readonly string[]): boolean;
  /** True for elements inside a collected one to leave out with their content (by name as written: `content:encoded`). */
  ignore?(name: string): boolean;
  /** Deepest nesting accepted (default: 256). */
  maxDepth?: number;
  /** Most characters of text one collected element may hold (default: 64 MiB). */
  maxElementText?: number;
}

/** An element collected whole, with the local names from the root down to it. */
export interface CollectedElement {
  element: XmlElement;
  path: readonly string[];
}

/**
 * Read XML from decoded text and yield the elements `collect` picks, each once
 * it is complete, in document order. Nothing else is kept, so a file of any size
 * is read in bounded memory. No DTD is ever read: entities a DOCTYPE declares are
 * refused (no external entity can be loaded, no expansion can grow without
 * bound); the five of XML and HTML's named characters (`&nbsp;`, `&eacute;`) are
 * read. A malformed file is an error with the line and column where it breaks.
 */
export async function* xmlElements(chunks: AsyncIterable<string>, options: XmlReadOptions): AsyncGenerator<CollectedElement> {
  const maxDepth = options.maxDepth ?? 256;
  const maxText = options.maxElementText ?? 64 * 1024 * 1024;
  const parser = new SaxesParser({ xmlns: true, position: true });
  Object.assign(parser.ENTITIES, characterEntities);
  const path: string[] = [];
  const open: XmlElement[] = [];
  let collecting: { element: XmlElement; depth: number; text: number } | undefined;
  /** Depth of an element being left out, with its content. */
  let ignoring: number | undefined;
  let ready: CollectedElement[] = [];
  let declared: string[] = [];
  let chunk = "";
  let chunkStart = 0;

  const fail = (message: string): never => {
    throw new FileError(message, parser.line, parser.column + 1);
  };
  parser.on("error", (error) => {
    const reason = error.message.replace(/^.*?\d+:\d+:\s*/u, "").replace(/\.$/u, "");
    if (reason !== "undefined entity") fail(`the XML is malformed: ${reason}.`);
    const name = /&([^&;\s]{1,60});$/u.exec(chunk.slice(Math.max(0, parser.position - chunkStart - 64), parser.position - chunkStart))?.[1];
    const column = name === undefined ? parser.column + 1 : parser.column - name.length - 1;
    throw new FileError(entityMessage(name, declared), parser.line, Math.max(1, column));
  });
  parser.on("doctype", (doctype) => {
    declared = [...doctype.matchAll(/<!ENTITY\s+(?:%\s+)?([^\s>]+)/gu)].map((match) => match[1] ?? "");
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    path.push(tag.local);
    if (path.length > maxDepth) fail(`elements are nested more than ${maxDepth} deep.`);
    if (ignoring !== undefined || (collecting === undefined && !options.collect(path))) return;
    if (collecting !== undefined && options.ignore?.(tag.name)) {
      ignoring = path.length;
      return;
    }
    const element: XmlElement = {
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.name, ownCopy(attribute.value)])),
      children: [],
      line: parser.line,
      column: parser.column + 1,
    };
    if (collecting === undefined) collecting = { element, depth: path.length, text: 0 };
    else open.at(-1)?.children.push(element);
    open.push(element);
  });
  const addText = (text: string) => {
    if (collecting === undefined || ignoring !== undefined) return;
    collecting.text += text.length;
    if (collecting.text > maxText) fail(`one \`<${collecting.element.name}>\` holds more than ${Math.round(maxText / 1024 / 1024)} MB of text.`);
    open.at(-1)?.children.push(ownCopy(text));
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("closetag", () => {
    if (ignoring !== undefined) {
      if (path.length === ignoring) ignoring = undefined;
    } else if (collecting !== undefined) {
      const element = open.pop();
      if (element !== undefined && path.length === collecting.depth) {
        ready.push({ element, path: [...path] });
        collecting = undefined;
      }
    }
    path.pop();
  });

  for await (const text of chunks) {
    chunk = text;
    chunkStart = parser.position;
    parser.write(text);
    if (ready.length > 0) {
      const done = ready;
      ready = [];
      yield* done;
    }
  }
  parser.close();
  yield* ready;
}

/**
 * A copy of a text that shares no memory with the piece of the file it was cut
 * from: V8 keeps a whole string alive for the sake of any slice of it, so a
 * short value kept for the whole run (an attachment's address) would otherwise
 * keep its 64 KB piece of the file in memory.
 */
function ownCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** Why an entity reference cannot be read, naming it when it could be found. */
function entityMessage(name: string | undefined, declared: readonly string[]): string {
  const shown = name === undefined ? "an entity" : `\`&${name};\``;
  if (name !== undefined && declared.includes(name)) {
    return `the file uses ${shown}, an entity its DOCTYPE declares: entities from a DOCTYPE are never read, as they can load other files or grow without bound. Replace it with its text.`;
  }
  return `the file uses ${shown}, which is neither one of XML's entities nor a named character of HTML. Replace it with its text.`;
}

/** The text of an element and everything in it, whitespace trimmed. */
export function textOf(element: XmlElement | undefined): string {
  if (element === undefined) return "";
  const parts: string[] = [];
  const walk = (node: XmlNode) => (typeof node === "string" ? parts.push(node) : node.children.forEach(walk));
  walk(element);
  return parts.join("").trim();
}

/** The first child element with this local name (`name` as written when it has a prefix: `wp:status`). */
export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child): child is XmlElement => typeof child !== "string" && matches(child, name));
}

/** Every child element with this local name (or name as written, with a prefix). */
export function childrenOf(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((child): child is XmlElement => typeof child !== "string" && matches(child, name));
}

/** The element at the end of a path of child names (`["head", "docdata", "doc-id"]`). */
export function descendant(element: XmlElement | undefined, path: readonly string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) current = childOf(current, name);
  return current;
}

function matches(element: XmlElement, name: string): boolean {
  return name.includes(":") ? element.name === name : element.local === name;
}
