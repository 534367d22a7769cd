import type { ProblemCode } from "./catalogue.ts";

export type { ProblemCode } from "./catalogue.ts";
export type Severity = "error" | "warning";

/** One thing wrong with one file, located as precisely as we can. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Path of the file as the user would type it (relative to the working directory). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  column?: number;
  /** Dotted field path such as `related[1].article`, when the problem is about one field. */
  field?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/** Stable order for reports: by file, then line, then field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || compareText(a.field ?? "", b.field ?? "") || compareText(a.message, b.message),
  );
}

/** Code-point order, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A value as it should appear inside a message, in an editor's words: text and
 * numbers short and in backticks, lists and groups of fields described, never
 * as raw JSON. Control characters are written as `U+000B`, so a message can
 * never carry terminal escapes.
 */
export function shown(value: unknown): string {
  if (typeof value === "string") return `\`${visible(value.length > 60 ? `${value.slice(0, 57)}…` : value)}\``;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return `\`${String(value)}\``;
  if (value === null || value === undefined) return "an empty value";
  if (value instanceof Date) return `\`${value.toISOString()}\``;
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  const keys = Object.keys(value);
  if (keys.length === 0) return "an empty group of fields";
  return `a group of fields (${keys.slice(0, 4).map((key) => `\`${visible(key)}\``).join(", ")}${keys.length > 4 ? " …" : ""})`;
}

/** Control and invisible formatting characters as `U+XXXX`, so they show in a terminal. */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (character) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}
