import { z } from "zod";
import { canonicalLanguage } from "../config/site-schema.ts";
import { parseArticleDate } from "./article-date.ts";
import { splitNames } from "./names.ts";
import { shown } from "./problems.ts";

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

/** A site path an old URL lived at: `/news/2015/lavrov.html`, `/old/123/`. */
const aliasPattern = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/;

function requiredText() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? "Required, but missing." : `Expected text, not ${shown(issue.input)}.`) })
    .trim()
    .min(1, { error: "Expected text, but it is empty." });
}

function optionalText() {
  return z
    .string({ error: (issue) => `Expected text, not ${shown(issue.input)}.` })
    .trim()
    .min(1, { error: "Expected text, but it is empty; leave the field out instead." })
    .optional();
}

function nameList({ splitSlash, what }: { splitSlash: boolean; what: string }) {
  return z
    .union([z.string(), z.array(z.string())], { error: (issue) => `Expected ${what}, not ${shown(issue.input)}.` })
    .optional()
    .transform((value) => (value === undefined ? [] : splitNames(value, { splitSlash })));
}

function dateField(timeZone: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? "Required, but missing." : `Expected a date and time as text, not ${shown(issue.input)}.`,
    })
    .transform((value, context) => {
      const parsed = parseArticleDate(value, timeZone);
      if (parsed.ok) return parsed.iso;
      context.issues.push({ code: "custom", message: `${shown(value)} is not a valid date: ${parsed.reason}.`, input: value });
      return z.NEVER;
    });
}

function absoluteHttpUrl(what: string) {
  return z
    .string({ error: (issue) => `Expected ${what}, not ${shown(issue.input)}.` })
    .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), {
      error: (issue) => `Expected an absolute http(s) URL, not ${shown(issue.input)}.`,
    });
}

function relatedEntry() {
  return z.unknown().transform((entry, context): RelatedReference => {
    const fail = (message: string, path: (string | number)[] = []) => {
      context.issues.push({ code: "custom", message, input: entry, path });
      return z.NEVER;
    };
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      return fail(`Expected \`article: …\`, or \`title: …\` with or without \`url: …\`, not ${shown(entry)}.`);
    }
    const { article, title, url, ...rest } = entry as Record<string, unknown>;
    const extra = Object.keys(rest);
    if (extra.length > 0) return fail(`Unknown key ${shown(extra[0])} in a related entry.`, [extra[0] as string]);
    if (article !== undefined) {
      if (title !== undefined || url !== undefined) return fail("Give either `article`, or `title` with `url`, not both.");
      if (typeof article !== "string" || article.trim() === "") return fail(`Expected the path of an article, not ${shown(article)}.`, ["article"]);
      return { kind: "article", ref: article.trim() };
    }
    if (typeof title !== "string" || title.trim() === "") {
      return fail(title === undefined ? "An outside link needs a `title`." : `Expected text, not ${shown(title)}.`, ["title"]);
    }
    if (url === undefined) return { kind: "headline", title: title.trim() };
    if (typeof url !== "string") return fail(`Expected a URL, not ${shown(url)}.`, ["url"]);
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      return fail(`Expected an absolute http(s) URL, not ${shown(url)}.`, ["url"]);
    }
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
      .string({ error: (issue) => `Expected a language code, not ${shown(issue.input)}.` })
      .optional()
      .transform((tag, context) => {
        if (tag === undefined) return language;
        const canonical = canonicalLanguage(tag.trim());
        if (canonical !== undefined) return canonical;
        context.issues.push({ code: "custom", message: `${shown(tag)} is not a language code.`, input: tag });
        return z.NEVER;
      }),
    related: z
      .array(relatedEntry(), { error: (issue) => `Expected a list of entries, not ${shown(issue.input)}.` })
      .optional()
      .transform((entries) => entries ?? []),
    slug: z
      .string({ error: (issue) => `Expected text, not ${shown(issue.input)}.` })
      .max(120, { error: "A slug may have at most 120 characters." })
      .regex(slugPattern, { error: (issue) => `${shown(issue.input)} is not a safe URL slug.` })
      .optional(),
    draft: z.boolean({ error: (issue) => `Expected \`true\` or \`false\`, not ${shown(issue.input)}.` }).default(false),
    image: z
      .strictObject(
        {
          url: absoluteHttpUrl("the picture's URL"),
          alt: z.string({ error: "Describe the picture for readers who cannot see it." }).trim().min(1, { error: "Describe the picture for readers who cannot see it." }),
          caption: optionalText(),
          credit: optionalText(),
        },
        { error: (issue) => `Expected \`url\` and \`alt\` (and perhaps \`caption\`, \`credit\`), not ${shown(issue.input)}.` },
      )
      .optional(),
    translations: z
      .array(
        z.string({ error: (issue) => `Expected the path of an article, not ${shown(issue.input)}.` }).trim().min(1),
        { error: (issue) => `Expected a list of article paths, not ${shown(issue.input)}.` },
      )
      .optional()
      .transform((refs) => refs ?? []),
    corrections: z
      .array(
        z.strictObject(
          { date: dateField(timeZone), text: requiredText() },
          { error: (issue) => `Expected \`date\` and \`text\`, not ${shown(issue.input)}.` },
        ),
        { error: (issue) => `Expected a list of corrections, not ${shown(issue.input)}.` },
      )
      .optional()
      .transform((list) => list ?? []),
    aliases: z
      .array(
        z
          .string({ error: (issue) => `Expected a site path, not ${shown(issue.input)}.` })
          .refine((alias) => aliasPattern.test(alias) && !alias.split("/").some((part) => part === ".." || part === "."), {
            error: (issue) => `${shown(issue.input)} is not a site path such as \`/news/2015/lavrov.html\`.`,
          }),
        { error: (issue) => `Expected a list of site paths, not ${shown(issue.input)}.` },
      )
      .optional()
      .transform((list) => list ?? []),
  });
}

export type ArticleFields = z.output<ReturnType<typeof articleSchema>>;

/** A correction or update note appended to an article. */
export type Correction = ArticleFields["corrections"][number];

/** The article's lead picture. */
export type ArticleImage = NonNullable<ArticleFields["image"]>;

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

/** How to fix a problem with each field. */
export function fieldHint(field: string, { timeZone }: Pick<SchemaContext, "timeZone">): string | undefined {
  switch (field) {
    case "title":
      return "Write the headline as text: `title: Lavrov says coalition strikes were selective`.";
    case "date":
      return `Write the date and time with their offset: \`date: 2015-10-13T14:05:00+03:00\`. Without an offset the time is read in ${timeZone}.`;
    case "source":
      return "Name the agency or publication: `source: SANA`.";
    case "dateline":
      return "Name the place the story was filed from: `dateline: Moscow`.";
    case "byline":
      return "Write one name (`byline: Hazem Sabbagh`) or a list (`byline: [Reem, Hazem Sabbagh]`).";
    case "topics":
      return "List the topics in brackets: `topics: [Syria, Russia]`.";
    case "summary":
      return "Write one or two sentences of plain text for listings and feeds.";
    case "lang":
      return "Use a language code such as `en`, `ar` or `fr`.";
    case "related":
      return "Each entry is `- article: 2015/10/file-name` (another article: its path under the content folder, without `.md`) or `- title: …` with `url: https://…` (an outside page; without `url`, the headline alone).";
    case "slug":
      return "Use lowercase letters, digits and hyphens only: `slug: lavrov-strikes`.";
    case "draft":
      return "Write `draft: true` or `draft: false`.";
    case "updated":
      return `Write when the article was last changed, with its offset: \`updated: 2015-10-14T09:00:00+03:00\`. Without an offset the time is read in ${timeZone}.`;
    case "image":
      return "Give the picture's address and a description: `image:` then `url: https://…` and `alt: …` on the lines below, indented.";
    case "translations":
      return "List the other-language versions by their paths under the content folder: `translations: [2015/10/lavrov-strikes-ar]`.";
    case "corrections":
      return "Each correction is `- date: 2015-10-14T09:00:00+03:00` with `text: …` below it.";
    case "aliases":
      return "List the old addresses of the article as site paths: `aliases: [/news/2015/lavrov.html]`.";
    default:
      return undefined;
  }
}
