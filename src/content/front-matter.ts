import matter from "gray-matter";
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLError } from "yaml";
import type { YamlMistake } from "./catalogue.ts";
import { fieldOn, yamlMistake } from "./yaml-mistakes.ts";

/** Front matter read from one file, with the means to find any field's line. */
export interface ParsedFrontMatter {
  data: Record<string, unknown>;
  /** Markdown after the closing `---`, with line endings normalised to `\n`. */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a field such as `["related", 1, "article"]`; the nearest enclosing field when it is absent. */
  lineOf(path: readonly (string | number)[]): number;
}

/** Why a file's front matter could not be read, and where. */
export type FrontMatterFailure =
  | { kind: "missing" }
  | { kind: "language"; language: string }
  | { kind: "unclosed"; line: number; storyLine: number | undefined }
  | { kind: "syntax"; line: number; column: number; mistake: YamlMistake }
  | { kind: "too-deep"; line: number; limit: number }
  | { kind: "alias"; line: number; written: string };

/** Front matter read, or why not. */
export type FrontMatterResult = { ok: true; value: ParsedFrontMatter } | { ok: false; failure: FrontMatterFailure };

/** Front matter nests a list of groups of fields at most (`related:`, `- title:`); ten levels leave room and keep parsing shallow. */
export const frontMatterDepthLimit = 10;

/**
 * Any front matter language but YAML is refused before anything is parsed:
 * gray-matter would otherwise evaluate `---js` blocks as code.
 */
const refusedEngines = Object.fromEntries(
  ["js", "javascript", "json", "coffee", "coffeescript", "cson", "toml"].map((name) => [
    name,
    () => {
      throw new Error(`Front matter in ${name} is never read.`);
    },
  ]),
);

const opening = /^---[ \t]*([^\s]*)[ \t]*$/;
const closing = /^---[ \t]*$/;

/**
 * Split a Markdown file into YAML front matter and body, keeping field
 * positions. Line endings (`\r\n`, `\r`) and a byte order mark are accepted.
 * Only YAML is read: `---js` and other languages are refused before anything
 * is parsed. YAML references (`&a`, `*a`) are refused, so no alias can
 * expand, and nesting is bounded before the YAML library sees the text.
 */
export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const open = opening.exec(lines[0] ?? "");
  if (!open) return { ok: false, failure: { kind: "missing" } };
  const language = (open[1] ?? "").toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") return { ok: false, failure: { kind: "language", language } };

  const close = lines.findIndex((line, index) => index > 0 && closing.test(line));
  const fieldLines = lines.slice(1, close === -1 ? lines.length : close);
  const story = storyStart(fieldLines);
  if (close === -1 || story !== undefined) {
    return { ok: false, failure: { kind: "unclosed", line: story ?? 1, storyLine: story } };
  }
  const deep = tooDeep(fieldLines, 2);
  if (deep !== undefined) return { ok: false, failure: { kind: "too-deep", line: deep, limit: frontMatterDepthLimit } };

  // gray-matter splits the file; its YAML engine is ours, so only the `yaml` library reads the fields.
  let source: string | undefined;
  const file = matter(lines.join("\n"), {
    language: "yaml",
    engines: {
      ...refusedEngines,
      yaml: (yamlText: string) => {
        // The text starts with the rest of the opening `---` line, so YAML line numbers are file line numbers.
        source = yamlText;
        return {};
      },
    },
  });
  const bodyLine = lines.length - file.content.split("\n").length + 1;
  if (bodyLine !== close + 2) return { ok: false, failure: { kind: "unclosed", line: bodyLine, storyLine: undefined } };
  // gray-matter calls no engine for an empty block (or one of comments only): it holds no fields.
  const read = readYaml(source ?? "");
  if (!read.ok) return read;
  const { document, lineOf } = read;
  if (document.contents !== null && !isMap(document.contents)) {
    return { ok: false, failure: { kind: "syntax", line: lineOf([]), column: 1, mistake: { kind: "not-a-map" } } };
  }
  const data = (document.toJS({ maxAliasCount: 0 }) ?? {}) as Record<string, unknown>;
  return { ok: true, value: { data, body: file.content, bodyLine, lineOf } };
}

/** YAML read, with the means to find any value's line; or the mistake that stopped it. */
export type YamlRead =
  | { ok: true; document: Document.Parsed; lineOf(path: readonly (string | number)[]): number }
  | { ok: false; failure: Extract<FrontMatterFailure, { kind: "syntax" | "alias" }> };

/**
 * Read YAML as every file of the content folder is read: by the `yaml`
 * library alone, a mistake named in an editor's words at its line, YAML
 * references (`&a`, `*a`) refused so no alias can expand, and a key that is
 * itself a list or group (unquoted template syntax) reported as the value it
 * was meant to be. Check the nesting first (see `tooDeep`).
 */
export function readYaml(source: string): YamlRead {
  const lineCounter = new LineCounter();
  // The YAML library's own warnings would go to the console; every mistake is reported as a problem instead.
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, logLevel: "error" });
  const [error] = document.errors;
  if (error instanceof YAMLError) return { ok: false, failure: { kind: "syntax", ...yamlMistake(error, source, lineCounter) } };
  const alias = firstAlias(document, lineCounter);
  if (alias) return { ok: false, failure: { kind: "alias", ...alias } };
  const braces = firstCollectionKey(document, lineCounter, source);
  if (braces) return { ok: false, failure: { kind: "syntax", ...braces } };
  return { ok: true, document, lineOf: (path) => lineCounter.linePos(path.length === 0 ? (document.contents?.range[0] ?? 0) : offsetOf(document, path)).line };
}

/**
 * The file line on which the story seems to start inside the front matter: a
 * line after a blank one that is neither a field, a comment, nor indented.
 * YAML would read it as a field named after the story's first words.
 */
function storyStart(fieldLines: readonly string[]): number | undefined {
  for (let index = 1; index < fieldLines.length; index++) {
    const line = fieldLines[index] ?? "";
    if ((fieldLines[index - 1] ?? "").trim() !== "" || line.trim() === "") continue;
    if (/^\s|^#|^-(\s|$)|^[\p{L}_][\p{L}\p{N}_-]*\s*:(\s|$)/u.test(line)) continue;
    return index + 2;
  }
  return undefined;
}

/**
 * The first line (numbered from `firstLine`) nesting deeper than the limit,
 * by indentation, list markers and brackets; undefined when none does.
 */
export function tooDeep(fieldLines: readonly string[], firstLine: number): number | undefined {
  const indents: number[] = [];
  let brackets = 0;
  let quote: string | undefined;
  for (const [index, line] of fieldLines.entries()) {
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    if (brackets === 0 && quote === undefined) {
      const indent = /^ */.exec(line)?.[0].length ?? 0;
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
      const markers = /^ *((?:- +)*)/.exec(line)?.[1]?.split("-").length ?? 1;
      if (indents.length + markers - 1 > frontMatterDepthLimit) return index + firstLine;
    }
    // Brackets count only in flow collections: a value that starts with one, and what follows until it closes.
    const value = brackets > 0 || quote !== undefined ? 0 : (/^\s*(?:-\s+)*(?:[^\s#:][^:#]*:\s+)?(?=[[{])/.exec(line)?.[0].length ?? -1);
    if (value < 0) continue;
    for (const character of line.slice(value)) {
      if (quote !== undefined) {
        if (character === quote) quote = undefined;
      } else if (character === '"' || character === "'") {
        quote = character;
      } else if (character === "#" && brackets === 0) {
        break;
      } else if (character === "[" || character === "{") {
        if (++brackets + indents.length > frontMatterDepthLimit) return index + firstLine;
      } else if ((character === "]" || character === "}") && brackets > 0) {
        brackets--;
      }
    }
  }
  return undefined;
}

/** The first YAML reference (`*name`) or anchor (`&name`) of a document, with its line. */
function firstAlias(document: Document.Parsed, lineCounter: LineCounter): { line: number; written: string } | undefined {
  let found: { line: number; written: string } | undefined;
  visit(document, (_, node) => {
    if (isAlias(node)) found = { line: lineCounter.linePos(node.range?.[0] ?? 0).line, written: `*${node.source}` };
    else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      found = { line: lineCounter.linePos(node.range?.[0] ?? 0).line, written: `&${node.anchor}` };
    }
    return found ? visit.BREAK : undefined;
  });
  return found;
}

/**
 * The first key that is itself a list or group of fields: `title: {{ x }}`
 * unquoted reads as a group whose key is a group. Reported as a value that
 * cannot start with `{` (or `[`) unless quoted.
 */
function firstCollectionKey(document: Document.Parsed, lineCounter: LineCounter, source: string): { line: number; column: number; mistake: YamlMistake } | undefined {
  let found: { line: number; column: number; mistake: YamlMistake } | undefined;
  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !(isMap(pair.key) || isSeq(pair.key))) return undefined;
      const position = lineCounter.linePos(pair.key.range?.[0] ?? 0);
      const field = fieldOn(source.split("\n")[position.line - 1] ?? "");
      found = { line: position.line, column: position.col, mistake: { kind: "bad-start", character: isMap(pair.key) ? "{" : "[", field } };
      return visit.BREAK;
    },
  });
  return found;
}

/** Start offset of the deepest node on `path` that exists (the key, for a map entry). */
function offsetOf(document: Document.Parsed, path: readonly (string | number)[]): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      const item: unknown = node.items[step];
      if (item === undefined) break;
      node = item;
      const range = (item as { range?: [number, number, number] }).range;
      if (range) offset = range[0];
    } else {
      break;
    }
  }
  return offset;
}
