import { IANAZone } from "luxon";
import { z } from "zod";

/** BCP 47 language tag, canonicalised (`EN-gb` → `en-GB`), or undefined when malformed. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const languageTag = z
  .string()
  .refine((tag) => canonicalLanguage(tag) !== undefined, { error: "is not a BCP 47 language tag such as `en` or `ar`" })
  .transform((tag) => canonicalLanguage(tag) ?? tag);

const absoluteHttpUrl = z
  .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
  .transform((url) => url.replace(/\/+$/, ""));

/** The settings one archive is built with. Every field says its default. */
export const siteConfigSchema = z.strictObject({
  /** Name of the archive, shown in the header and in feeds. */
  name: z.string().trim().min(1),
  /** One sentence about the archive, for the home page and feeds (default: empty). */
  description: z.string().trim().default(""),
  /** Where the site is published, without the path prefix (no trailing slash). */
  baseUrl: absoluteHttpUrl,
  /** Sub-path the site is hosted under (default: `/`). */
  pathPrefix: z
    .string()
    .default("/")
    .transform((prefix) => `/${prefix.split("/").filter(Boolean).join("/")}/`.replace(/^\/\/$/, "/")),
  /** Language of articles that do not name one (default: `en`). */
  language: languageTag.default("en"),
  /** IANA time zone that dates without an offset are read in, and that URLs and listings use. */
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), { error: "is not an IANA time zone such as `Asia/Damascus`" }),
  /** The organisation that publishes the archive (feeds, structured data, Google News). */
  publisher: z.strictObject({
    name: z.string().trim().min(1),
    url: absoluteHttpUrl,
    /** Logo for structured data, an absolute URL (default: none). */
    logo: absoluteHttpUrl.optional(),
  }),
  /** Articles per listing page (default: 20). */
  pageSize: z.number().int().min(1).max(500).default(20),
  /** Atom and JSON feeds: of the whole site, and of each topic and source. */
  feeds: z
    .strictObject({
      /** Latest articles in each feed (default: 50). */
      items: z.number().int().min(1).max(1000).default(50),
      /** What the site-wide feeds carry: the whole story or its summary (default: `full`). */
      content: z.enum(["full", "summary"]).default("full"),
      /** The same for the feeds of each topic and source, which are many (default: `summary`). */
      entryContent: z.enum(["full", "summary"]).default("summary"),
    })
    .prefault({}),
  /**
   * The picture link previews show for pages without one of their own
   * (`og:image`, `twitter:image`): the publisher's logo or a card picture, as
   * an absolute URL with its size in pixels and a description (default: the
   * site's icon at 512 × 512, when `templates/icon.svg` or `icon.png` exists).
   */
  cardImage: z
    .strictObject({
      url: absoluteHttpUrl,
      width: z.number().int().min(1),
      height: z.number().int().min(1),
      alt: z.string().trim().min(1),
    })
    .optional(),
  /** The site's account on X (Twitter), for `twitter:site`, such as `@wire` (default: none). */
  twitter: z
    .string()
    .regex(/^@\w{1,15}$/, { error: "must be an account name such as `@wire`" })
    .optional(),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Validate site settings, throwing one readable error that names every bad field. */
export function defineSite(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(site)"}: ${issue.message}`);
  throw new Error(`The site configuration is not valid:\n${lines.join("\n")}`);
}
