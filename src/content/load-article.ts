import leven from "leven";
import type { $ZodIssue } from "zod/v4/core";
import { type ArticleFields, articleFieldNames, articleSchemaFor, fieldHint, type SchemaContext } from "./article-schema.ts";
import { type FrontMatterFailure, parseFrontMatter } from "./front-matter.ts";
import { type Problem, shown } from "./problems.ts";

/** An article as its editor wrote it: validated front matter and the Markdown body. */
export interface LoadedArticle {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Path under the content folder without `.md` (`2015/10/lavrov-strikes`): how other articles refer to it. */
  ref: string;
  fields: ArticleFields;
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

/** Validate one file's text against the article schema, collecting every problem. */
export function loadArticle(text: string, where: { file: string; ref: string }, context: SchemaContext): LoadResult {
  const at = (line: number, rest: Omit<Problem, "file" | "line" | "severity">): Problem => ({
    file: where.file,
    line,
    severity: "error",
    ...rest,
  });

  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return { article: undefined, problems: [frontMatterProblem(parsed.failure, at)] };
  const { data, body, bodyLine, lineOf } = parsed.value;

  const problems: Problem[] = [];
  for (const key of Object.keys(data)) {
    if (articleFieldNames.includes(key)) continue;
    if (buildSettings.has(key)) {
      problems.push(
        at(lineOf([key]), {
          code: "FieldRefused",
          field: key,
          message: `${shown(key)} is a site-building setting; articles cannot set it.`,
          hint: "Remove the field: an article's URL comes from its date and slug, and its look from the templates.",
        }),
      );
      continue;
    }
    const suggestion = synonyms[key] ?? closestField(key);
    problems.push(
      at(lineOf([key]), {
        code: "FieldUnknown",
        field: key,
        message: `${shown(key)} is not an article field.`,
        hint: suggestion
          ? `Did you mean \`${suggestion}\`?`
          : `Article fields are ${articleFieldNames.map((name) => `\`${name}\``).join(", ")}.`,
      }),
    );
  }

  const result = articleSchemaFor(context).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(schemaProblem(issue, data, lineOf, context, at));
  }
  if (!result.success || problems.length > 0) return { article: undefined, problems };

  const lines: Record<string, number> = {};
  for (const key of Object.keys(data)) lines[key] = lineOf([key]);
  result.data.related.forEach((_, index) => (lines[`related[${index}]`] = lineOf(["related", index])));
  return { article: { file: where.file, ref: where.ref, fields: result.data, body, bodyLine, lines }, problems };
}

function schemaProblem(
  issue: $ZodIssue,
  data: Record<string, unknown>,
  lineOf: (path: readonly (string | number)[]) => number,
  context: SchemaContext,
  at: (line: number, rest: Omit<Problem, "file" | "line" | "severity">) => Problem,
): Problem {
  const path = issue.path.filter((step): step is string | number => typeof step !== "symbol");
  const top = String(path[0] ?? "");
  const missing = path.length === 1 && !(top in data);
  const hint = fieldHint(top, context);
  return at(missing ? 1 : lineOf(path), {
    code: missing ? "FieldMissing" : "FieldInvalid",
    field: fieldPath(path),
    message: issue.message,
    ...(hint === undefined ? {} : { hint }),
  });
}

function frontMatterProblem(
  failure: FrontMatterFailure,
  at: (line: number, rest: Omit<Problem, "file" | "line" | "severity">) => Problem,
): Problem {
  switch (failure.kind) {
    case "missing":
      return at(1, {
        code: "FrontMatterMissing",
        message: "The file does not start with front matter between `---` lines.",
        hint: "Start the file with `---`, the fields (`title:`, `date:`, `source:` …), then `---` and the story.",
      });
    case "language":
      return at(1, {
        code: "FrontMatterLanguageRefused",
        message: `Front matter in ${shown(failure.language)} is refused; it was not read.`,
        hint: "Write the front matter in YAML, opening with a plain `---` line.",
      });
    case "syntax":
      return at(failure.line, {
        code: "FrontMatterSyntax",
        column: failure.column,
        message: failure.message,
        hint: "Check the indentation and quoting on this line; a value containing `: ` or starting with `[`, `{`, `*` or `&` needs quotes.",
      });
    case "not-a-map":
      return at(failure.line, {
        code: "FrontMatterSyntax",
        message: "The front matter is not a list of `field: value` lines.",
        hint: "Write one field per line, e.g. `title: …`.",
      });
  }
}

/** `["related", 1, "url"]` → `related[1].url`. */
function fieldPath(path: readonly (string | number)[]): string {
  return path.map((step, index) => (typeof step === "number" ? `[${step}]` : index === 0 ? step : `.${step}`)).join("");
}

function closestField(key: string): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of articleFieldNames) {
    const distance = leven(key.toLowerCase(), name);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
