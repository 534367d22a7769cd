import { isMap, isSeq } from "yaml";
import { z } from "zod";
import { fieldMessages as says, problem } from "./catalogue.ts";
import { cleanText } from "./clean-text.ts";
import { frontMatterDepthLimit, readYaml, tooDeep } from "./front-matter.ts";
import { normalizeName } from "./names.ts";
import type { Problem } from "./problems.ts";

/** The authors file's name, at the top of the content folder. */
export const authorsFileName = "authors.yaml";

/** One person of the authors file, as written (text normalised), with where each field is. */
export interface PersonRecord {
  /** The byline as articles write it: the person's listing. */
  byline: string;
  /** The name to show instead of the byline. */
  name: string | undefined;
  role: string | undefined;
  bio: string | undefined;
  /** Path of a portrait, from the content folder. */
  picture: string | undefined;
  /** The person's pages elsewhere (absolute URLs). */
  links: string[];
  /** File line of the entry, and of each of its fields. */
  line: number;
  lines: Record<string, number>;
}

function text() {
  return z.string({ error: (issue) => says.wrongKind("text", issue.input) }).trim().min(1, { error: says.emptyOptional }).optional();
}

const entryKeys = ["byline", "name", "role", "bio", "picture", "links"];

const personSchema = z.strictObject(
  {
    byline: z.string({ error: (issue) => (issue.input === undefined ? says.missing : says.wrongKind("the byline as articles write it", issue.input)) }).trim().min(1, { error: says.empty }),
    name: text(),
    role: text(),
    bio: text(),
    picture: text(),
    links: z
      .array(
        z.string({ error: (issue) => says.wrongKind("an address", issue.input) }).refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
          error: (issue) => says.notHttpUrl(issue.input),
        }),
        { error: (issue) => says.wrongKind("a list of addresses", issue.input) },
      )
      .optional()
      .transform((links) => links ?? []),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? says.unknownKeys(issue.keys, "an entry of the authors file", entryKeys) : says.wrongKind("lines such as `byline: …` and `role: …`", issue.input)) },
);

/**
 * Read the authors file: a YAML list of people, each with the byline articles
 * give them and, optionally, a display name, a role, a short bio, a portrait
 * and links. Every problem is found at once and named at its line: YAML
 * mistakes, keys an entry does not take, values of the wrong kind, and two
 * entries for one byline. Valid entries are kept even when others are not.
 */
export function readAuthorsFile(source: string, file: string): { people: PersonRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const deep = tooDeep(lines.split("\n"), 1);
  if (deep !== undefined) return { people: [], problems: [problem("AuthorsFileSyntax", { file, line: deep }, { mistake: { kind: "too-deep", limit: frontMatterDepthLimit } })] };
  const read = readYaml(lines);
  if (!read.ok) {
    const { failure } = read;
    const mistake = failure.kind === "alias" ? { kind: "alias" as const, written: failure.written } : failure.mistake;
    return { people: [], problems: [problem("AuthorsFileSyntax", { file, line: failure.line }, { mistake })] };
  }
  const { document, lineOf } = read;
  if (document.contents === null) return { people: [], problems };
  if (!isSeq(document.contents)) {
    const hint = isMap(document.contents) ? "Start each person's entry with `- byline: …`: the file is a list." : undefined;
    return { people: [], problems: [problem("AuthorInvalid", { file, line: lineOf([]) }, { message: "The authors file is not a list of people.", hint })] };
  }

  const data = document.toJS({ maxAliasCount: 0 }) as unknown[];
  const people: PersonRecord[] = [];
  const firstLines = new Map<string, number>();
  data.forEach((entry, index) => {
    const line = lineOf([index]);
    const result = personSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((step): step is string | number => typeof step !== "symbol");
        if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
        const field = `[${index}]${path.map((step) => (typeof step === "number" ? `[${step}]` : `.${step}`)).join("")}`;
        problems.push(problem("AuthorInvalid", { file, line: lineOf([index, ...path]), field }, { message: issue.message }));
      }
      return;
    }
    const fieldLines: Record<string, number> = {};
    for (const key of Object.keys(entry as object)) fieldLines[key] = lineOf([index, key]);
    const clean = (value: string | undefined, key: string) => {
      if (value === undefined) return undefined;
      const cleaned = cleanText(value);
      if (cleaned.removed.length > 0) problems.push(problem("TextCharactersRemoved", { file, line: fieldLines[key] ?? line, field: `[${index}].${key}` }, { removed: cleaned.removed, where: "field" }));
      return cleaned.text.trim() || undefined;
    };
    const byline = normalizeName(result.data.byline);
    const first = firstLines.get(byline);
    if (first !== undefined) {
      problems.push(problem("AuthorDuplicate", { file, line: fieldLines["byline"] ?? line, field: `[${index}].byline` }, { byline, firstLine: first }));
      return;
    }
    firstLines.set(byline, fieldLines["byline"] ?? line);
    people.push({
      byline,
      name: clean(result.data.name, "name"),
      role: clean(result.data.role, "role"),
      bio: clean(result.data.bio, "bio"),
      picture: result.data.picture,
      links: result.data.links.map((url) => new URL(url).href),
      line,
      lines: fieldLines,
    });
  });
  return { people, problems };
}
