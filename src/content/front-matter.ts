import matter from "gray-matter";
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLError } from "yaml";

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

export type FrontMatterFailure =
  | { kind: "missing" }
  | { kind: "language"; language: string }
  | { kind: "syntax"; line: number; column: number; message: string }
  | { kind: "not-a-map"; line: number };

export type FrontMatterResult = { ok: true; value: ParsedFrontMatter } | { ok: false; failure: FrontMatterFailure };

class RefusedLanguage extends Error {}

/**
 * Any front matter language but YAML is refused before it is parsed: gray-matter
 * would otherwise evaluate `---js` blocks as code.
 */
function refuse(language: string) {
  return () => {
    throw new RefusedLanguage(language);
  };
}

const refusedEngines = Object.fromEntries(
  ["js", "javascript", "json", "coffee", "coffeescript", "cson", "toml"].map((name) => [name, refuse(name)]),
);

/** Split a Markdown file into YAML front matter and body, keeping field positions. */
export function parseFrontMatter(text: string): FrontMatterResult {
  const source = text.replace(/^\uFEFF/, "");
  const opening = /^---([^\r\n]*)\r?\n/.exec(source);
  if (!opening) return { ok: false, failure: { kind: "missing" } };
  const language = (opening[1] ?? "").trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return { ok: false, failure: { kind: "language", language } };
  }

  let document: Document.Parsed | undefined;
  const lineCounter = new LineCounter();
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(source, {
      language: "yaml",
      engines: {
        ...refusedEngines,
        yaml: (yamlText: string) => {
          // The YAML text starts with the rest of the opening `---` line, so its
          // line numbers are the file's line numbers.
          document = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
          const [first] = document.errors;
          if (first) throw first;
          return (document.toJS({ maxAliasCount: 50 }) ?? {}) as object;
        },
      },
    });
  } catch (error) {
    if (error instanceof RefusedLanguage) return { ok: false, failure: { kind: "language", language: error.message } };
    if (error instanceof YAMLError) {
      const position = lineCounter.linePos(error.pos[0]);
      return {
        ok: false,
        failure: { kind: "syntax", line: position.line, column: position.col, message: describeYamlError(error) },
      };
    }
    throw error;
  }

  // gray-matter calls no engine for an empty block (or one of comments only): it holds no fields.
  const parsed = document ?? parseDocument("", { lineCounter });
  if (parsed.contents !== null && !isMap(parsed.contents)) {
    return { ok: false, failure: { kind: "not-a-map", line: lineCounter.linePos(parsed.contents.range[0]).line } };
  }

  const head = source.slice(0, source.length - file.content.length);
  const bodyLine = head.split("\n").length;
  return {
    ok: true,
    value: {
      data: file.data as Record<string, unknown>,
      body: file.content.replace(/\r\n?/g, "\n"),
      bodyLine,
      lineOf: (path) => lineCounter.linePos(offsetOf(parsed, path)).line,
    },
  };
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

function describeYamlError(error: YAMLError): string {
  // The yaml library's messages end with a location we report separately.
  const message = error.message.replace(/ at line \d+, column \d+.*$/s, "").trim();
  return message.endsWith(".") ? message : `${message}.`;
}
