import { z } from "zod";
import { aliasClashes, aliasFault } from "./alias-rules.ts";
import { asDateOnly, parseArticleDate } from "./article-date.ts";
import { fieldHints, fieldMessages as says } from "./catalogue.ts";
import { readLanguageTag } from "./language-tag.ts";
import { splitNames } from "./names.ts";
import { isLocalPicture } from "./picture-path.ts";

/**
 * A "Check also" entry as written: another article of the archive, an outside
 * link, or the headline of a story with no address yet (as wire copy often gives it).
 */
export type RelatedReference = { kind: "article"; ref: string } | { kind: "link"; title: string; url: string } | { kind: "headline"; title: string };

export interface SchemaContext {
  /** Zone that dates without an offset are read in. */
  timeZone: string;
  /** Language of articles that do not name one. */
  language: string;
}

/** A URL slug: lowercase ASCII letters and digits, in words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where an imported story came from: its format, a colon, and the identity the file gives it (`newsml:urn:newsml:afp.com:…`). */
const originPattern = /^[a-z][a-z0-9-]*:\S/;

/** Zod's error for a value of the wrong type, in an editor's words. */
function wrongKind(expected: string) {
  return (issue: { input: unknown }) => (issue.input === undefined ? says.missing : says.wrongKind(expected, issue.input));
}

function requiredText() {
  return z.string({ error: wrongKind("text") }).trim().min(1, { error: says.empty });
}

function optionalText() {
  return z.string({ error: wrongKind("text") }).trim().min(1, { error: says.emptyOptional }).optional();
}

function nameList({ splitSlash, what }: { splitSlash: boolean; what: string }) {
  return z
    .union([z.string(), z.array(z.string())], { error: wrongKind(what) })
    .optional()
    .transform((value) => (value === undefined ? [] : splitNames(value, { splitSlash })));
}

function dateField(timeZone: string) {
  return z.string({ error: wrongKind("a date and time as text") }).transform((value, context) => {
    const parsed = parseArticleDate(value, timeZone);
    if (parsed.ok) return parsed.dateOnly ? asDateOnly(parsed.iso) : parsed.iso;
    context.issues.push({ code: "custom", message: says.badDate(value, parsed.reason), input: value });
    return z.NEVER;
  });
}

function absoluteHttpUrl(what: string) {
  return z
    .string({ error: wrongKind(what) })
    .refine((url) => isHttpUrl(url), { error: (issue) => says.notHttpUrl(issue.input) });
}

function isHttpUrl(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}

/** An object of known keys; another key is named, with the keys it takes. */
function entryOf<Shape extends z.ZodRawShape>(shape: Shape, entry: string) {
  const keys = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? says.unknownKeys(issue.keys, entry, keys) : says.wrongKind(`lines such as ${keys.slice(0, 2).map((key) => `\`${key}: …\``).join(" and ")}`, issue.input)),
  });
}

function relatedEntry() {
  return z.unknown().transform((entry, context): RelatedReference => {
    const fail = (message: string, path: (string | number)[] = []) => {
      context.issues.push({ code: "custom", message, input: entry, path });
      return z.NEVER;
    };
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return fail(says.relatedShape(entry));
    const { article, title, url, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) return fail(says.unknownKeys(extra, "a related entry", ["article", "title", "url"]), [extra[0] as string]);
    if (article !== undefined) {
      if (title !== undefined || url !== undefined) return fail(says.relatedBoth);
      if (typeof article !== "string" || article.trim() === "") return fail(says.wrongKind("the path of an article", article), ["article"]);
      return { kind: "article", ref: article.trim() };
    }
    if (typeof title !== "string" || title.trim() === "") {
      return fail(title === undefined ? says.relatedTitleMissing : says.wrongKind("text", title), ["title"]);
    }
    if (url === undefined) return { kind: "headline", title: title.trim() };
    if (typeof url !== "string") return fail(says.wrongKind("a URL", url), ["url"]);
    if (!isHttpUrl(url)) return fail(says.notHttpUrl(url), ["url"]);
    return { kind: "link", title: title.trim(), url: new URL(url).href };
  });
}

/**
 * The one schema for article front matter, used by the build, `validate` and the tests.
 * Dates come out as ISO 8601 strings that carry their offset.
 */
export function articleSchema({ timeZone, language }: SchemaContext) {
  return z.object({
    title: requiredText(),
    date: dateField(timeZone),
    updated: dateField(timeZone).optional(),
    source: requiredText(),
    dateline: optionalText(),
    byline: nameList({ splitSlash: true, what: "a name or a list of names" }),
    topics: nameList({ splitSlash: false, what: "a topic or a list of topics" }),
    summary: optionalText(),
    lang: z
      .string({ error: wrongKind("a language code") })
      .optional()
      .transform((tag, context) => {
        if (tag === undefined) return language;
        const read = readLanguageTag(tag);
        if (read.ok) return read.tag;
        const message = read.isName ? says.languageName(tag) : says.notLanguage(tag);
        context.issues.push({ code: "custom", message, input: tag, ...(read.suggestion ? { params: { hint: fieldHints.language(read.suggestion) } } : {}) });
        return z.NEVER;
      }),
    related: z
      .array(relatedEntry(), { error: wrongKind("a list of entries") })
      .optional()
      .transform((entries) => entries ?? []),
    slug: z
      .string({ error: wrongKind("text") })
      .max(120, { error: says.slugTooLong(120) })
      .regex(slugPattern, { error: (issue) => says.notSlug(issue.input) })
      .optional(),
    draft: z
      .boolean({ error: (issue) => (typeof issue.input === "string" && /^(true|false)$/i.test(issue.input.trim()) ? says.booleanInQuotes(issue.input) : says.notBoolean(issue.input)) })
      .default(false),
    image: entryOf(
      {
        src: z
          .string({ error: wrongKind("the path of a picture file") })
          .trim()
          .min(1, { error: says.empty })
          .refine((src) => isLocalPicture(src), { error: (issue) => says.pictureNotFile(issue.input) })
          .optional(),
        url: absoluteHttpUrl("the picture's URL").optional(),
        // Empty for a decorative picture; missing is a mistake.
        alt: z.string({ error: wrongKind("a description of the picture") }).trim(),
        caption: optionalText(),
        credit: optionalText(),
      },
      "`image`",
    )
      .refine((image) => (image.src === undefined) !== (image.url === undefined), { error: says.pictureSource })
      .optional(),
    translations: z
      .array(z.string({ error: wrongKind("the path of an article") }).trim().min(1, { error: says.empty }), { error: wrongKind("a list of article paths") })
      .optional()
      .transform((refs) => refs ?? []),
    corrections: z
      .array(entryOf({ date: dateField(timeZone), text: requiredText() }, "a correction"), { error: wrongKind("a list of corrections") })
      .optional()
      .transform((list) => list ?? []),
    aliases: z
      .array(
        z.string({ error: wrongKind("a site path") }).superRefine((alias, context) => {
          const fault = aliasFault(alias);
          if (fault !== undefined) context.addIssue({ code: "custom", message: fault, input: alias, params: { hint: fieldHints.alias } });
        }),
        { error: wrongKind("a list of site paths") },
      )
      .superRefine((aliases, context) => {
        for (const clash of aliasClashes(aliases)) context.addIssue({ code: "custom", message: clash.message, input: aliases, path: [clash.index], params: { hint: fieldHints.alias } });
      })
      .optional()
      .transform((list) => list ?? []),
    origin: z
      .string({ error: wrongKind("text") })
      .trim()
      .regex(originPattern, { error: (issue) => says.notOrigin(issue.input) })
      .optional(),
  });
}

export type ArticleFields = z.output<ReturnType<typeof articleSchema>>;

/** A correction or update note appended to an article. */
export type Correction = ArticleFields["corrections"][number];

const schemas = new Map<string, ReturnType<typeof articleSchema>>();

/** The schema for a context, built once: an archive validates thousands of files against it. */
export function articleSchemaFor(context: SchemaContext): ReturnType<typeof articleSchema> {
  const key = `${context.timeZone}\n${context.language}`;
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = articleSchema(context)));
  return schema;
}

/** Every field an article may have. */
export const articleFieldNames: readonly string[] = Object.keys(articleSchema({ timeZone: "UTC", language: "en" }).shape);
