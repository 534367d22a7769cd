import leven from "leven";
import type { $ZodIssue } from "zod/v4/core";
import { parseArticleDate } from "./article-date.ts";
import { type ArticleFields, articleFieldNames, articleSchemaFor, type SchemaContext } from "./article-schema.ts";
import { bodyLimitBreach } from "./body-limits.ts";
import { failureReason, fieldHints, fieldMessages, problem, type ProblemCode, type ProblemParams, type ProblemPlace } from "./catalogue.ts";
import { cleanBody } from "./clean-text.ts";
import { type FrontMatterFailure, parseFrontMatter } from "./front-matter.ts";
import { type FieldPath, fieldPath, normalizeFrontMatter } from "./normalize-front-matter.ts";
import { placeholderLine } from "./placeholder.ts";
import type { Problem } from "./problems.ts";

/**
 * A warning found while reading an article, kept with its fields (and so in
 * the cache) and reported whenever the archive is planned: everything of a
 * problem but the file, which the record knows.
 */
export type ArticleWarning = Omit<Problem, "file">;

/** An article as its editor wrote it: validated front matter and the Markdown body. */
export interface LoadedArticle {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Path under the content folder without `.md` (`2015/10/lavrov-strikes`): how other articles refer to it. */
  ref: string;
  /** The validated fields; `warnings` holds what reading them found, when anything. */
  fields: ArticleFields & { warnings?: readonly ArticleWarning[] };
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
  /** File line of each top-level field, and of each related entry as `related[N]`. */
  lines: Record<string, number>;
}

/** An article's record once its body is rendered: everything but the Markdown. */
export type ArticleRecord = Omit<LoadedArticle, "body">;

export type LoadResult = { article: LoadedArticle | undefined; problems: Problem[] };

/** Fields that configure Eleventy; article text is data, so they are refused rather than obeyed. */
const buildSettings = new Set([
  "permalink",
  "layout",
  "templateEngineOverride",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyNavigation",
  "eleventyImport",
  "eleventyDataSchema",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
  "pagination",
]);

/** Words editors reach for, and the field we call it. */
const synonyms: Record<string, string> = {
  tags: "topics",
  topic: "topics",
  category: "topics",
  categories: "topics",
  author: "byline",
  authors: "byline",
  by: "byline",
  agency: "source",
  publication: "source",
  place: "dateline",
  location: "dateline",
  headline: "title",
  description: "summary",
  excerpt: "summary",
  language: "lang",
  published: "date",
  links: "related",
  checkAlso: "related",
  "check-also": "related",
};

/**
 * Validate one file's text against the article schema, collecting every
 * problem. Errors come back as problems; warnings travel with the article's
 * fields (see `articleWarnings`). Whatever the text, this returns: an
 * unexpected failure is a problem naming the file, never an exception.
 */
export function loadArticle(text: string, where: { file: string; ref: string }, context: SchemaContext): LoadResult {
  try {
    return readArticle(text, where, context);
  } catch (error) {
    return { article: undefined, problems: [problem("ArticleFailed", { file: where.file, line: 1 }, { stage: "checking", reason: failureReason(error) })] };
  }
}

/** The warnings found while reading an article, as problems of its file. */
export function articleWarnings({ file, fields }: Pick<ArticleRecord, "file" | "fields">): Problem[] {
  return (fields.warnings ?? []).map((warning) => ({ file, ...warning }));
}

function readArticle(text: string, where: { file: string; ref: string }, context: SchemaContext): LoadResult {
  const problems: Problem[] = [];
  const warnings: ArticleWarning[] = [];
  const report = <C extends ProblemCode>(code: C, place: Omit<ProblemPlace, "file">, params: ProblemParams<C>) => {
    const found = problem(code, { file: where.file, ...place }, params);
    if (found.severity === "error") problems.push(found);
    else warnings.push(withoutFile(found));
  };

  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    frontMatterProblem(parsed.failure, report);
    return { article: undefined, problems };
  }
  const { body: writtenBody, bodyLine, lineOf } = parsed.value;
  const normalized = normalizeFrontMatter(parsed.value.data);
  const data = normalized.data;
  for (const { path, removed } of normalized.cleaned) report("TextCharactersRemoved", { line: lineOf(path), field: fieldPath(path) }, { removed, where: "field" });
  for (const { field, value } of normalized.commas) report("NamesInOneString", { line: lineOf([field]), field }, { field, value });

  for (const key of Object.keys(data)) {
    if (articleFieldNames.includes(key)) continue;
    if (buildSettings.has(key)) {
      report("FieldRefused", { line: lineOf([key]), field: key }, { key });
    } else if (/\s/.test(key.trim())) {
      // `The minister said: …` read as a field: the story started before the closing `---`.
      report("FrontMatterUnclosed", { line: lineOf([key]) }, { storyLine: lineOf([key]) });
    } else {
      report("FieldUnknown", { line: lineOf([key]), field: key }, { key, suggestion: synonyms[key] ?? closestField(key), fields: articleFieldNames });
    }
  }

  const emptied = new Set(normalized.emptied.map(fieldPath));
  const result = articleSchemaFor(context).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(schemaProblem(issue, data, lineOf, context, where.file, emptied));
  }

  const cleaned = cleanBody(writtenBody);
  if (cleaned.removed.length > 0) report("TextCharactersRemoved", { line: bodyLine + (cleaned.lines[0] ?? 1) - 1 }, { removed: cleaned.removed, where: "story" });
  const breach = bodyLimitBreach(cleaned.text);
  if (breach?.kind === "too-deep") report("BodyTooDeep", { line: bodyLine + breach.line - 1 }, { limit: breach.limit });
  if (breach?.kind === "too-complex") report("BodyTooComplex", { line: bodyLine + breach.line - 1 }, { marks: breach.marks, limit: breach.limit });
  const placeholder = placeholderLine(cleaned.text);
  if (placeholder !== undefined) report("PlaceholderText", { line: bodyLine + placeholder - 1 }, {});

  if (!result.success) return { article: undefined, problems };
  const fields = result.data;
  for (const [path, value] of datesOf(data)) {
    const read = parseArticleDate(value, context.timeZone);
    if (read.ok && read.gap) report("DateInGap", { line: lineOf(path), field: fieldPath(path) }, { ...read.gap, timeZone: context.timeZone });
  }
  const published = Date.parse(fields.date);
  if (fields.updated !== undefined && Date.parse(fields.updated) < published) {
    report("DateOrder", { line: lineOf(["updated"]), field: "updated" }, { what: "updated", date: fields.updated, published: fields.date });
  }
  fields.corrections.forEach((correction, index) => {
    if (Date.parse(correction.date) >= published) return;
    const path = ["corrections", index, "date"];
    report("DateOrder", { line: lineOf(path), field: fieldPath(path) }, { what: "correction", date: correction.date, published: fields.date });
  });
  if (problems.length > 0) return { article: undefined, problems };

  const lines: Record<string, number> = {};
  for (const key of Object.keys(data)) lines[key] = lineOf([key]);
  fields.related.forEach((_, index) => (lines[`related[${index}]`] = lineOf(["related", index])));
  const article: LoadedArticle = {
    file: where.file,
    ref: where.ref,
    fields: warnings.length > 0 ? { ...fields, warnings } : fields,
    body: cleaned.text,
    bodyLine,
    lines,
  };
  return { article, problems };
}

/** The date fields as written: `date`, `updated` and each correction's. */
function datesOf(data: Record<string, unknown>): [FieldPath, string][] {
  const dates: [FieldPath, string][] = [];
  for (const key of ["date", "updated"]) if (typeof data[key] === "string") dates.push([[key], data[key]]);
  if (Array.isArray(data["corrections"])) {
    data["corrections"].forEach((correction: unknown, index) => {
      const date = (correction as { date?: unknown } | null)?.date;
      if (typeof date === "string") dates.push([["corrections", index, "date"], date]);
    });
  }
  return dates;
}

function schemaProblem(
  issue: $ZodIssue,
  data: Record<string, unknown>,
  lineOf: (path: FieldPath) => number,
  context: SchemaContext,
  file: string,
  emptied: ReadonlySet<string>,
): Problem {
  const path = issue.path.filter((step): step is string | number => typeof step !== "symbol");
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const field = fieldPath(path);
  const top = String(path[0] ?? "");
  if (path.length === 1 && !(top in data)) return problem("FieldMissing", { file, line: 1, field }, { field, context });
  const value = valueAt(data, path);
  const written = issue.code === "custom" ? (issue.params as { hint?: string } | undefined)?.hint : undefined;
  const quote = issue.code === "invalid_type" && issue.expected === "string" && (typeof value === "number" || typeof value === "boolean");
  const hint = written ?? (quote ? fieldHints.quote(String(path.at(-1)), value) : undefined);
  const message = emptied.has(field) ? fieldMessages.invisibleOnly : issue.message;
  return problem("FieldInvalid", { file, line: lineOf(path), field }, { message, field, context, hint });
}

/** The value at a path of the front matter, as written. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const step of path) value = typeof value === "object" && value !== null ? (value as Record<string | number, unknown>)[step] : undefined;
  return value;
}

function frontMatterProblem(
  failure: FrontMatterFailure,
  report: <C extends ProblemCode>(code: C, place: Omit<ProblemPlace, "file">, params: ProblemParams<C>) => void,
): void {
  switch (failure.kind) {
    case "missing":
      return report("FrontMatterMissing", { line: 1 }, {});
    case "language":
      return report("FrontMatterLanguageRefused", { line: 1 }, { language: failure.language });
    case "unclosed":
      return report("FrontMatterUnclosed", { line: failure.line }, { storyLine: failure.storyLine });
    case "syntax":
      return report("FrontMatterSyntax", { line: failure.line, column: failure.column }, { mistake: failure.mistake });
    case "too-deep":
      return report("FrontMatterTooDeep", { line: failure.line }, { limit: failure.limit });
    case "alias":
      return report("FrontMatterAlias", { line: failure.line }, { written: failure.written });
  }
}

function withoutFile({ file: _file, ...rest }: Problem): ArticleWarning {
  return rest;
}

function closestField(key: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of articleFieldNames) {
    const distance = leven(key.toLowerCase(), name);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
