import type { LineCounter, YAMLError } from "yaml";
import type { YamlMistake } from "./catalogue.ts";

/** A YAML mistake and where the editor should look for it. */
export interface LocatedMistake {
  line: number;
  column: number;
  mistake: YamlMistake;
}

/**
 * Name a YAML library error in an editor's terms, at the line where the
 * mistake is: an unclosed quotation mark is reported where it opens, not
 * where the reader gave up.
 */
export function yamlMistake(error: YAMLError, source: string, lineCounter: LineCounter): LocatedMistake {
  const position = lineCounter.linePos(error.pos[0]);
  const lines = source.split("\n");
  const text = lines[position.line - 1] ?? "";
  const at = (mistake: YamlMistake, line = position.line, column = position.col): LocatedMistake => ({ line, column, mistake });
  const message = error.message;
  // `title: *Breaking* news` reads as a YAML reference, whatever the library then reports.
  const start = /^\s*(?:-\s+)*(?:[A-Za-z_][\w-]*\s*:\s+)?([*&!%@`])/.exec(text)?.[1];
  if (start !== undefined && error.code !== "TAB_AS_INDENT") return at({ kind: "bad-start", character: start, field: fieldOn(text) }, position.line, text.indexOf(start) + 1);
  const bracket = () => unclosedBracket(lines, position.line);
  switch (error.code) {
    case "MISSING_CHAR": {
      if (/closing ["']quote/.test(message)) return unclosedQuote(lines, position.line) ?? at({ kind: "unclosed-quote", quote: message.includes("'quote") ? "'" : '"' });
      if (/^Missing , /.test(message)) return at({ kind: "missing-comma" });
      if (/Implicit map keys need to be followed/.test(message)) return bracket() ?? at({ kind: "not-a-field" });
      return bracket() ?? at({ kind: "other" });
    }
    case "TAB_AS_INDENT":
      return at({ kind: "tab" }, position.line, 1);
    case "BLOCK_AS_IMPLICIT_KEY":
      return /Nested mappings/.test(message) ? at({ kind: "colon-in-value", field: fieldOn(text) }) : at({ kind: "other" });
    case "MULTILINE_IMPLICIT_KEY":
      return at({ kind: "key-on-two-lines" });
    case "UNEXPECTED_TOKEN":
      if (/at node end/.test(message)) return at({ kind: "text-after-value", field: fieldOn(text) });
      return bracket() ?? at({ kind: "other" });
    case "BAD_INDENT":
      return bracket() ?? at({ kind: "bad-indent" });
    case "DUPLICATE_KEY":
      return at({ kind: "duplicate", key: fieldOn(text) ?? text.trim() });
    case "BAD_SCALAR_START":
      return at({ kind: "bad-start", character: /start with (?:reserved character )?(\S)/u.exec(message)?.[1] ?? text.trim().charAt(0), field: fieldOn(text) });
    default:
      return bracket() ?? at({ kind: "other" });
  }
}

/** The field a front-matter line starts: `  - title: x` → `title`. */
export function fieldOn(line: string): string | undefined {
  return /^\s*(?:-\s+)*([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
}

/** The last line at or before `from` whose value opens a quotation it does not close. */
function unclosedQuote(lines: readonly string[], from: number): LocatedMistake | undefined {
  for (let line = Math.min(from, lines.length); line >= 1; line--) {
    const text = lines[line - 1] ?? "";
    const opening = /^(\s*(?:-\s+)*(?:[^\s#"'][^:#]*:\s+)?)(["'])/.exec(text);
    if (!opening) continue;
    const quote = opening[2] as string;
    const rest = text.slice((opening[1] as string).length + 1);
    const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'(?!')/.test(rest.replaceAll("''", ""));
    if (!closed) return { line, column: (opening[1] as string).length + 1, mistake: { kind: "unclosed-quote", quote } };
  }
  return undefined;
}

/** The last line at or before `from` that opens more brackets than it closes. */
function unclosedBracket(lines: readonly string[], from: number): LocatedMistake | undefined {
  for (let line = Math.min(from, lines.length); line >= 1; line--) {
    const text = lines[line - 1] ?? "";
    const value = /^\s*(?:-\s+)*(?:[A-Za-z_][\w-]*\s*:\s+)?([[{])/.exec(text);
    if (!value) continue;
    const opens = (text.match(/[[{]/g) ?? []).length;
    const closes = (text.match(/[\]}]/g) ?? []).length;
    if (opens > closes) return { line, column: text.indexOf(value[1] as string) + 1, mistake: { kind: "unclosed-bracket", bracket: value[1] as string } };
  }
  return undefined;
}
