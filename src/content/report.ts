import { styleText } from "node:util";
import { type Problem, sortProblems } from "./problems.ts";

export type ReportFormat = "text" | "github" | "json";

export interface TextReportOptions {
  /** Emphasise fields and severities with terminal colours (default: false). */
  color?: boolean;
  /** Give each problem's hint (default: true). */
  hints?: boolean;
  /** End with the count of errors and warnings (default: true). */
  summary?: boolean;
}

/** Problems as the chosen format: readable text, GitHub annotations or JSON. */
export function formatProblems(problems: readonly Problem[], format: ReportFormat, options: TextReportOptions = {}): string {
  switch (format) {
    case "github":
      return formatGithub(problems);
    case "json":
      return JSON.stringify(sortProblems(problems), null, 2);
    case "text":
      return formatText(problems, options);
  }
}

/**
 * One block per problem: `file:line` first (editors and terminals make it clickable),
 * then the field, what is wrong and how to fix it.
 */
export function formatText(problems: readonly Problem[], { color = false, hints = true, summary = true }: TextReportOptions = {}): string {
  const style = (format: Parameters<typeof styleText>[0], text: string): string => (color ? styleText(format, text) : text);
  const blocks = sortProblems(problems).map((problem) => {
    const where = `${problem.file}:${problem.line}${problem.column === undefined ? "" : `:${problem.column}`}`;
    const label = problem.severity === "error" ? style("red", "error") : style("yellow", "warning");
    const field = problem.field === undefined ? "" : `${style("bold", problem.field)}: `;
    const lines = [`${where} ${label} ${field}${problem.message}`];
    if (hints && problem.hint) lines.push(`  ${style("dim", "hint:")} ${problem.hint}`);
    return lines.join("\n");
  });
  return [...blocks, ...(summary ? [summarize(problems)] : [])].join("\n\n");
}

/** `3 errors and 1 warning in 2 files`. */
export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === "error").length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const parts = [];
  if (errors > 0) parts.push(plural(errors, "error"));
  if (warnings > 0) parts.push(plural(warnings, "warning"));
  if (parts.length === 0) return "No problems found.";
  return `${parts.join(" and ")} in ${plural(files, "file")}.`;
}

function formatGithub(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((problem) => {
      const command = problem.severity === "error" ? "error" : "warning";
      const title = problem.field === undefined ? problem.code : `${problem.code} (${problem.field})`;
      const text = problem.hint ? `${problem.message} ${problem.hint}` : problem.message;
      const col = problem.column === undefined ? "" : `,col=${problem.column}`;
      return `::${command} file=${escapeProperty(problem.file)},line=${problem.line}${col},title=${escapeProperty(title)}::${escapeData(text)}`;
    })
    .join("\n");
}

// Workflow command escaping as GitHub's own toolkit does it (actions/toolkit, command.ts).
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** `1 error`, `3,000 articles`: a count and its English noun, for messages. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}
