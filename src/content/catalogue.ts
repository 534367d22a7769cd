import type { Problem, Severity } from "./problems.ts";
import { shown } from "./problems.ts";

/**
 * The catalogue of everything that can be wrong with an archive's content:
 * each problem's permanent code, its severity, what it means, and the words of
 * its message and hint. Code elsewhere finds problems; the wording lives here.
 * Codes are permanent: tools and documentation may refer to them.
 */

/** One kind of problem: its severity, a sentence saying what it means, and how its message and hint are worded. */
export interface ProblemKind<P> {
  severity: Severity;
  /** What the problem means, in one sentence (the README lists these). */
  title: string;
  message: (params: P) => string;
  hint?: (params: P) => string | undefined;
}

function kind<P = Record<string, never>>(definition: ProblemKind<P>): ProblemKind<P> {
  return definition;
}

/** Zone and language an article is read with: some hints name them. */
export interface ReadingContext {
  timeZone: string;
}

/** A mistake in YAML front matter, as an editor would name it. */
export type YamlMistake =
  | { kind: "unclosed-quote"; quote: string }
  | { kind: "tab" }
  | { kind: "colon-in-value"; field: string | undefined }
  | { kind: "not-a-field" }
  | { kind: "key-on-two-lines" }
  | { kind: "text-after-value"; field: string | undefined }
  | { kind: "bad-indent" }
  | { kind: "duplicate"; key: string }
  | { kind: "bad-start"; character: string; field: string | undefined }
  | { kind: "missing-comma" }
  | { kind: "unclosed-bracket"; bracket: string }
  | { kind: "not-a-map" }
  | { kind: "other" };

/** What a render that did not finish ran into. */
export type RenderStage = "checking" | "rendering";

const code = (text: string) => `\`${text}\``;
const list = (names: readonly string[]) => names.map(code).join(", ");

/** A value as an editor would write it after its field: `title: "1984"`. */
function example(field: string | undefined, value: string): string {
  return field === undefined ? code(value) : code(`${field}: ${value}`);
}

/** Every problem code, with its severity, meaning and wording. */
export const problemCatalogue = {
  ContentFolderMissing: kind<{ folder: string }>({
    severity: "error",
    title: "The content folder does not exist.",
    message: ({ folder }) => `There is no content folder at ${code(folder)}.`,
    hint: () => "Create it and add articles as `YYYY/MM/<slug>.md`, or point `--content` at your articles.",
  }),
  FileUnreadable: kind<{ reason: string }>({
    severity: "error",
    title: "The file could not be read.",
    message: ({ reason }) => `The file could not be read: ${reason}`,
  }),
  FileNotArticle: kind({
    severity: "warning",
    title: "A file in the content folder is neither an article, a picture nor the authors file.",
    message: () => "Only `.md` articles, their pictures (JPEG, PNG, WebP, AVIF, GIF, TIFF) and `authors.yaml` belong in the content folder; this file is not published.",
    hint: () => "Move files that are not articles out of the content folder, or rename an article to end in `.md`.",
  }),
  FileLinkRefused: kind<{ target: string; inside: boolean }>({
    severity: "error",
    title: "A symbolic link in the content folder is not followed.",
    message: ({ target, inside }) =>
      inside
        ? `This is a symbolic link to ${code(target)}; links are not followed, so it is not published.`
        : "This is a symbolic link to a place outside the content folder; it was not read.",
    hint: ({ inside }) =>
      inside
        ? "Refer to the other article (`related:` or `aliases:`) instead of linking to its file, or replace the link with the file itself."
        : "Copy the article into the content folder instead of linking to it.",
  }),
  FileEncoding: kind<{ encoding: string; line: number }>({
    severity: "error",
    title: "The file is not saved as UTF-8 text.",
    message: ({ encoding, line }) =>
      encoding === "UTF-16"
        ? "The file is saved as UTF-16, not UTF-8; it was not read."
        : `The file is not UTF-8: line ${line} has a character saved in another encoding (probably ${encoding}); it was not read.`,
    hint: () => "Save the file as UTF-8 (in most editors: File › Save with Encoding › UTF-8), then check its accented letters and quotation marks.",
  }),
  FrontMatterMissing: kind({
    severity: "error",
    title: "The article has no front matter.",
    message: () => "The file does not start with front matter between `---` lines.",
    hint: () => "Start the file with `---`, the fields (`title:`, `date:`, `source:` …), then `---` and the story.",
  }),
  FrontMatterUnclosed: kind<{ storyLine: number | undefined }>({
    severity: "error",
    title: "The front matter has no closing `---` line.",
    message: ({ storyLine }) =>
      storyLine === undefined
        ? "The closing `---` of the front matter is missing: the whole file is read as fields."
        : `The closing \`---\` of the front matter is missing: the story seems to start on line ${storyLine}.`,
    hint: ({ storyLine }) =>
      storyLine === undefined
        ? "Add a line with just `---` after the last field, before the story."
        : `Add a line with just \`---\` before line ${storyLine}. If that line is a field, write it as \`name: value\`.`,
  }),
  FrontMatterLanguageRefused: kind<{ language: string }>({
    severity: "error",
    title: "The front matter is not YAML.",
    message: ({ language }) => `Front matter in ${shown(language)} is refused; it was not read.`,
    hint: () => "Write the front matter in YAML, opening with a plain `---` line.",
  }),
  FrontMatterSyntax: kind<{ mistake: YamlMistake }>({
    severity: "error",
    title: "The front matter is not valid YAML.",
    message: ({ mistake }) => yamlMessages[mistake.kind](mistake as never).message,
    hint: ({ mistake }) => yamlMessages[mistake.kind](mistake as never).hint,
  }),
  FrontMatterTooDeep: kind<{ limit: number }>({
    severity: "error",
    title: "The front matter nests lists or groups of fields too deeply.",
    message: ({ limit }) => `The front matter nests lists or groups of fields more than ${limit} levels deep here; it was not read.`,
    hint: () => "Articles need two or three levels at most (`related:`, then `- title: …`); remove the extra brackets or indentation.",
  }),
  FrontMatterAlias: kind<{ written: string }>({
    severity: "error",
    title: "The front matter uses a YAML reference (`&name`, `*name`).",
    message: ({ written }) => `${code(written)} is a YAML reference, which articles do not use.`,
    hint: () => "Write the value itself. A value that starts with `*` or `&` needs quotes: `title: \"*Breaking* news\"`.",
  }),
  FieldMissing: kind<{ field: string; context: ReadingContext }>({
    severity: "error",
    title: "A required field is missing.",
    message: () => "Required, but missing.",
    hint: ({ field, context }) => fieldHint(field, context),
  }),
  FieldInvalid: kind<{ message: string; field: string; context: ReadingContext; hint?: string | undefined }>({
    severity: "error",
    title: "A field has a value of the wrong kind.",
    message: ({ message }) => message,
    hint: ({ field, context, hint }) => hint ?? fieldHint(field, context),
  }),
  FieldUnknown: kind<{ key: string; suggestion: string | undefined; fields: readonly string[] }>({
    severity: "error",
    title: "A field is not part of the article schema.",
    message: ({ key }) => `${shown(key)} is not an article field.`,
    hint: ({ suggestion, fields }) => (suggestion ? `Did you mean ${code(suggestion)}?` : `Article fields are ${list(fields)}.`),
  }),
  FieldRefused: kind<{ key: string }>({
    severity: "error",
    title: "A field would change how the site is built and is not allowed in articles.",
    message: ({ key }) => `${shown(key)} is a site-building setting; articles cannot set it.`,
    hint: () => "Remove the field: an article's URL comes from its date and slug, and its look from the templates.",
  }),
  SlugUnavailable: kind({
    severity: "error",
    title: "No URL slug could be made for the article.",
    message: () => "No URL slug could be made for this article.",
    hint: () => "Give it one: `slug: lavrov-strikes`.",
  }),
  UrlDuplicate: kind<{ url: string; others: readonly string[] }>({
    severity: "error",
    title: "Two articles would be published at the same URL.",
    message: ({ url, others }) => `This article and ${list(others)} would both be published at ${code(url)}.`,
    hint: () => "Give one of them a different `slug:` (or rename its file).",
  }),
  RelatedMissing: kind<{ reference: string; suggestion: string | undefined }>({
    severity: "error",
    title: "A related link or translation points at an article that is not in the archive.",
    message: ({ reference }) => `No article ${code(reference)} in the archive.`,
    hint: ({ suggestion }) =>
      suggestion
        ? `Did you mean ${code(suggestion)}?`
        : "Refer to another article by its path under the content folder, without `.md`: `2015/10/lavrov-strikes`.",
  }),
  RelatedUnpublished: kind<{ reference: string }>({
    severity: "warning",
    title: "A related link or translation points at an article that is not published yet.",
    message: ({ reference }) => `${code(reference)} is not published yet (a draft, or dated in the future); the link is left out until it is.`,
  }),
  RelatedUnlinked: kind<{ title: string }>({
    severity: "warning",
    title: "A related story is named by its headline only, with nothing to link to.",
    message: ({ title }) => `“${title}” has no link; readers see the headline alone.`,
    hint: () => "Add `url: https://…` with the story's address, or write `article: <path>` instead once the story is in the archive.",
  }),
  RelatedSelf: kind<{ reference: string }>({
    severity: "warning",
    title: "An article lists itself as related, or as its own translation.",
    message: ({ reference }) => `${code(reference)} is this article itself; the link is left out.`,
    hint: () => "Name another article, or remove the entry.",
  }),
  TranslationSameLanguage: kind<{ reference: string; lang: string }>({
    severity: "warning",
    title: "A translation is in the same language as the article.",
    message: ({ reference, lang }) => `${code(reference)} is in the same language (${code(lang)}) as this article; it is not listed as a translation.`,
    hint: () => "List only versions of the story in other languages; related stories belong under `related`.",
  }),
  AliasConflict: kind<{ alias: string; other: { file: string; as: "address" | "alias" } | undefined }>({
    severity: "error",
    title: "An old address of an article is taken by another page.",
    message: ({ alias, other }) => {
      if (other === undefined) return `${code(alias)} is the address of another page of the site.`;
      return other.as === "address" ? `${code(alias)} is the address of ${code(other.file)}.` : `${code(alias)} is also an old address of ${code(other.file)}.`;
    },
    hint: ({ other }) =>
      other?.as === "address" ? "Remove this old address: the other article is published there." : "An old address can lead to one article only; remove it from one of them.",
  }),
  RawHtmlRemoved: kind({
    severity: "warning",
    title: "Raw HTML in the body is removed from the published page.",
    message: () => "Raw HTML is removed from the published article.",
    hint: () => "Write it in Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`.",
  }),
  NameVariant: kind<{ name: string; common: string; kind: string; commonCount: number; count: number }>({
    severity: "warning",
    title: "Two spellings of what is probably one name make two separate listings.",
    message: ({ name, common, kind: entryKind }) => `${code(name)} and ${code(common)} are listed apart, though they look like one ${entryKind}.`,
    hint: ({ name, common, commonCount, count }) => `If they are the same, spell it ${code(common)} everywhere (it is used ${commonCount} times, ${code(name)} ${count}).`,
  }),
  DatelineTyped: kind<{ typed: string }>({
    severity: "warning",
    title: "The story starts with a dateline the site also writes from the front matter.",
    message: ({ typed }) => `The story starts with a dateline, ${code(typed)}, and the site adds one from the front matter: readers would see it twice.`,
    hint: () => "Delete the dateline from the start of the story; `dateline:` and `source:` in the front matter are enough.",
  }),
  TextCharactersRemoved: kind<{ removed: readonly string[]; where: "field" | "story" }>({
    severity: "warning",
    title: "Invisible or control characters were removed from the text.",
    message: ({ removed, where }) => `${capitalise(joinWords(removed))} ${removed.length === 1 ? "was" : "were"} removed from ${where === "field" ? "this field" : "this line of the story"}.`,
    hint: () => "They are invisible, or not allowed in web pages and feeds, and usually come from pasting. Delete them from the file to silence this warning.",
  }),
  NamesInOneString: kind<{ field: string; value: string }>({
    severity: "warning",
    title: "A comma inside one `topics` or `byline` entry makes one name of what are probably several.",
    message: ({ field, value }) => `${shown(value)} is read as one ${field === "topics" ? "topic" : "name"}, commas and all.`,
    hint: ({ field, value }) => `For several, write a list in brackets: ${code(`${field}: [${value.split(",").map((part) => part.trim()).filter(Boolean).join(", ")}]`)}. For one name with a comma, write it in a list: ${code(`${field}: ["${value}"]`)}.`,
  }),
  PlaceholderText: kind({
    severity: "error",
    title: "The story still has the placeholder text `npm run new` wrote.",
    message: () => "The story still has the placeholder text of `npm run new`.",
    hint: () => "Replace it with the story, starting with its lead paragraph.",
  }),
  DateInGap: kind<{ written: string; readAs: string; timeZone: string }>({
    severity: "warning",
    title: "A local time falls in the hour skipped when clocks go forward.",
    message: ({ written, readAs, timeZone }) => `${code(written)} does not exist in ${timeZone}: clocks went forward that night. It is read as ${code(readAs)}.`,
    hint: () => "Write the time the clocks showed, or give the offset: `2015-03-27T00:30:00+02:00`.",
  }),
  DateOrder: kind<{ what: "updated" | "correction"; date: string; published: string }>({
    severity: "error",
    title: "An update or correction is dated before the article was published.",
    message: ({ what, date, published }) =>
      `${what === "updated" ? "The update" : "The correction"} is dated ${code(date)}, before the article's \`date\` (${code(published)}).`,
    hint: () => "Check the year, month and day: a change comes after publication. Write its time with an offset, like `date`.",
  }),
  DateFarFuture: kind<{ date: string }>({
    severity: "warning",
    title: "A date lies more than a year after the build's reference time.",
    message: ({ date }) => `${code(date)} is more than a year from now; the article stays unpublished until then.`,
    hint: () => "Check the year. An embargo that long is unusual; a draft is marked with `draft: true`.",
  }),
  BodyTooDeep: kind<{ limit: number }>({
    severity: "error",
    title: "The story nests quotes, lists or emphasis too deeply to be published.",
    message: ({ limit }) => `The story nests quotes, lists or emphasis more than ${limit} levels deep here; it was not rendered.`,
    hint: () => "Remove the extra `>`, list markers, indentation or `*` and `_` marks; a story needs a few levels at most.",
  }),
  BodyTooComplex: kind<{ marks: number; limit: number }>({
    severity: "error",
    title: "A paragraph holds more emphasis marks than the site renders.",
    message: ({ marks, limit }) => `This paragraph has ${marks.toLocaleString("en")} runs of \`*\`, \`_\` or \`~\` (at most ${limit.toLocaleString("en")}); it was not rendered.`,
    hint: () => "Remove stray marks, or write a literal star as `\\*` and a literal underscore as `\\_`.",
  }),
  BodyTimedOut: kind<{ seconds: number }>({
    severity: "error",
    title: "Rendering the story took longer than the time limit.",
    message: ({ seconds }) => `Rendering the story took longer than ${seconds} seconds, so it was stopped.`,
    hint: () => "Look for very long runs of `*`, `_`, `[` or `|`, or deeply nested lists and quotes, and simplify them.",
  }),
  ArticleFailed: kind<{ stage: RenderStage; reason: string }>({
    severity: "error",
    title: "An unexpected failure while checking or rendering one article; the rest of the archive is still checked.",
    message: ({ stage, reason }) => `The article could not be ${stage === "checking" ? "checked" : "rendered"}: ${reason}`,
    hint: () => "Look for unusual text in the file (very long lines, deep nesting, pasted binary data). If the file looks right, report this message.",
  }),
  PictureMissing: kind<{ src: string; looked: string | undefined; suggestion: string | undefined; byAuthorsFile?: boolean }>({
    severity: "error",
    title: "A picture an article or the authors file names is not in the content folder.",
    message: ({ src, looked }) =>
      looked === undefined ? `${code(src)} leads outside the content folder, or into a hidden file.` : `There is no picture ${code(src)}: nothing at ${code(looked)} in the content folder.`,
    hint: ({ suggestion, byAuthorsFile }) =>
      suggestion
        ? `Did you mean ${code(suggestion)}?`
        : byAuthorsFile
          ? "Give the portrait's path from the content folder: `/media/people/reem-haddad.jpg`."
          : "Name a file next to the article (`citadel-gate.jpg`), or a path from the content folder starting with `/` (`/media/maps/aleppo.png`).",
  }),
  PictureUnreadable: kind<{ src: string; reason: string }>({
    severity: "error",
    title: "A picture could not be read, or is not in a format the site publishes.",
    message: ({ src, reason }) => `The picture ${code(src)} could not be read: ${reason}`,
    hint: () => "Save it as JPEG, PNG, WebP, AVIF, GIF or TIFF, and check that the file opens in an image viewer.",
  }),
  PictureAltMissing: kind<{ src: string }>({
    severity: "error",
    title: "A picture in the story has no description (alt text).",
    message: ({ src }) => `The picture ${code(src)} has no description for readers who cannot see it.`,
    hint: () => "Describe it between the brackets: `![Masons lift a block onto the bridge](citadel.jpg)`. A caption and credit go in quotes after the file: `(citadel.jpg \"The bridge in October | Photo: LWS\")`.",
  }),
  AuthorsFileSyntax: kind<{ mistake: YamlMistake | { kind: "alias"; written: string } | { kind: "too-deep"; limit: number } }>({
    severity: "error",
    title: "The authors file is not valid YAML.",
    message: ({ mistake }) =>
      mistake.kind === "alias"
        ? `${code(mistake.written)} is a YAML reference, which the authors file does not use.`
        : mistake.kind === "too-deep"
          ? `The authors file nests lists or groups of fields more than ${mistake.limit} levels deep here; it was not read.`
          : yamlMessages[mistake.kind](mistake as never).message,
    hint: ({ mistake }) => (mistake.kind === "alias" || mistake.kind === "too-deep" ? authorsFileHint : yamlMessages[mistake.kind](mistake as never).hint),
  }),
  AuthorInvalid: kind<{ message: string; hint?: string | undefined }>({
    severity: "error",
    title: "An entry of the authors file has a field of the wrong kind, or one it does not take.",
    message: ({ message }) => message,
    hint: ({ hint }) => hint ?? authorsFileHint,
  }),
  AuthorDuplicate: kind<{ byline: string; firstLine: number }>({
    severity: "error",
    title: "Two entries of the authors file are for the same byline.",
    message: ({ byline, firstLine }) => `${code(byline)} is described twice in the authors file: here and on line ${firstLine}.`,
    hint: () => "Keep one entry per byline: merge the two.",
  }),
} as const satisfies Record<string, ProblemKind<never>>;

/** How an entry of the authors file is written. */
const authorsFileHint =
  "Each entry is `- byline: Reem Haddad` (the byline as articles write it) with, below it and indented, any of `name:`, `role:`, `bio:`, `picture:` (a path from the content folder) and `links:` (a list of addresses).";

/** A problem's permanent name, such as `FieldInvalid`. */
export type ProblemCode = keyof typeof problemCatalogue;

/** The parameters a problem's wording takes. */
export type ProblemParams<C extends ProblemCode> = [Parameters<(typeof problemCatalogue)[C]["message"]>[0]] extends [never]
  ? Record<string, never>
  : Parameters<(typeof problemCatalogue)[C]["message"]>[0];

/** Where a problem is: the file, its line, and perhaps the column and field. */
export interface ProblemPlace {
  file: string;
  line: number;
  column?: number | undefined;
  field?: string | undefined;
}

/** A problem of a kind from the catalogue, worded from its parameters. */
export function problem<C extends ProblemCode>(code: C, place: ProblemPlace, params: ProblemParams<C>, severity?: Severity): Problem {
  const entry = problemCatalogue[code] as ProblemKind<ProblemParams<C>>;
  const hint = entry.hint?.(params);
  return {
    code,
    severity: severity ?? entry.severity,
    file: place.file,
    line: place.line,
    ...(place.column === undefined ? {} : { column: place.column }),
    ...(place.field === undefined ? {} : { field: place.field }),
    message: entry.message(params),
    ...(hint === undefined ? {} : { hint }),
  };
}

/** How to fix a problem with each field. */
function fieldHint(field: string, { timeZone }: ReadingContext): string | undefined {
  switch (field.replace(/[[.].*$/, "")) {
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
      return "Write `draft: true` or `draft: false`, without quotes.";
    case "updated":
      return `Write when the article was last changed, with its offset: \`updated: 2015-10-14T09:00:00+03:00\`. Without an offset the time is read in ${timeZone}.`;
    case "image":
      return "Name the picture's file and describe it: `image:`, then on the lines below, indented, `src: citadel-gate.jpg` (a file next to the article) and `alt: …`. A picture published elsewhere takes `url: https://…` instead of `src:`; a purely decorative one `alt: \"\"`.";
    case "translations":
      return "List the other-language versions by their paths under the content folder: `translations: [2015/10/lavrov-strikes-ar]`.";
    case "corrections":
      return "Each correction is `- date: 2015-10-14T09:00:00+03:00` with `text: …` below it.";
    case "aliases":
      return "List the old addresses of the article as site paths: `aliases: [/news/2015/lavrov.html]`.";
    case "origin":
      return "Keep the value `npm run import` wrote (`origin: wxr:https://example.org/?p=42`): importing the same story again finds this article by it.";
    default:
      return undefined;
  }
}

/**
 * The words of field messages, for the article schema: each takes the value
 * as written and says what is wrong with it.
 */
export const fieldMessages = {
  /** A value of the wrong kind: `Expected text, not a list.` */
  wrongKind: (expected: string, value: unknown) => {
    if (typeof value === "number" || typeof value === "bigint") return `${shown(value)} is read as a number, not ${expected}.`;
    if (typeof value === "boolean") return `${shown(value)} is read as yes-or-no, not ${expected}.`;
    if (value === null) return `The field is empty; expected ${expected}.`;
    return `Expected ${expected}, not ${shown(value)}.`;
  },
  empty: "Expected text, but it is empty.",
  emptyOptional: "Expected text, but it is empty; leave the field out instead.",
  invisibleOnly: "The text holds only invisible characters.",
  missing: "Required, but missing.",
  badDate: (value: string, reason: string) => `${shown(value)} is not a valid date: ${reason}.`,
  booleanInQuotes: (value: string) => `${code(`"${value}"`)} is text in quotes; this field takes \`true\` or \`false\` without quotes.`,
  notBoolean: (value: unknown) => `Expected \`true\` or \`false\`, not ${shown(value)}.`,
  languageName: (value: string) => `${shown(value)} is the name of a language, not its code.`,
  notLanguage: (value: string) => `${shown(value)} is not a language code.`,
  slugTooLong: (limit: number) => `A slug may have at most ${limit} characters.`,
  notSlug: (value: unknown) => `${shown(value)} is not a safe URL slug.`,
  notHttpUrl: (value: unknown) => `Expected an absolute http(s) URL, not ${shown(value)}.`,
  pictureNotFile: (value: unknown) => `${shown(value)} is an address; \`src\` takes the path of a picture file of the content folder (an address goes in \`url\`).`,
  pictureSource: "Give the picture's file (`src:`) or its address elsewhere (`url:`), one of the two.",
  unknownKeys: (keys: readonly string[], entry: string, expected: readonly string[]) =>
    `${list(keys)} ${keys.length === 1 ? "is not a key" : "are not keys"} of ${entry}; it takes ${joinWords(expected.map(code), "and")}.`,
  relatedBoth: "Give either `article`, or `title` with `url`, not both.",
  relatedTitleMissing: "An outside link needs a `title`.",
  relatedShape: (value: unknown) => `Expected \`article: …\`, or \`title: …\` with or without \`url: …\`, not ${shown(value)}.`,
  aliasNotPath: (value: string) => `${shown(value)} is not a site path such as \`/news/2015/lavrov.html\`.`,
  aliasDotSegment: (value: string) => `${shown(value)} has a \`.\` or \`..\` segment, which hosts resolve away.`,
  aliasDotFile: (value: string, segment: string) => `${shown(value)} has a part starting with a dot (${code(segment)}): hosts hide such files or read them as settings.`,
  aliasEncodedSeparator: (value: string) => `${shown(value)} has an encoded \`/\`, \`\\\` or \`.\` (\`%2F\`, \`%5C\`, \`%2E\`), which hosts read in different ways.`,
  aliasSegmentTooLong: (value: string, bytes: number) => `${shown(value)} has a part of ${bytes} bytes; file systems allow 255.`,
  aliasSamePage: (value: string, other: string) => `${shown(value)} and ${shown(other)} lead to the same page.`,
  aliasClash: (value: string, other: string) => `${shown(value)} and ${shown(other)} would need the same name for a file and a folder.`,
  yearOutOfRange: (year: number, from: number, to: number) => `the year ${year} is outside ${from}–${to}`,
  notOrigin: (value: unknown) => `${shown(value)} does not name a format and an identity, such as \`wxr:https://example.org/?p=42\`.`,
} as const;

/** Hints that depend on the value written, not only on the field. */
export const fieldHints = {
  quote: (field: string, value: unknown) => `Put it in quotes: ${example(field, `"${String(value)}"`)}.`,
  language: (tag: string) => `Write ${code(`lang: ${tag}`)}.`,
  alias: "Write the old address as a path on this site: `/news/2015/lavrov.html` or `/old/123/`, without `.` or `..` parts or hidden files.",
} as const;

const yamlMessages: { [K in YamlMistake["kind"]]: (mistake: Extract<YamlMistake, { kind: K }>) => { message: string; hint: string } } = {
  "unclosed-quote": ({ quote }) => ({
    message: `The quotation mark ${code(quote)} that opens this value is never closed.`,
    hint: `End the value with ${code(quote)} on the same line. Inside double quotes write a quotation mark as \`\\"\`; inside single quotes write \`''\` for \`'\`.`,
  }),
  tab: () => ({
    message: "This line is indented with a tab.",
    hint: "Indent with spaces: YAML does not allow tabs at the start of a line.",
  }),
  "colon-in-value": ({ field }) => ({
    message: "The value contains a colon followed by a space (`: `), which YAML reads as the start of another field.",
    hint: `Put the whole value in quotes: ${example(field, '"Minister: we will stay"')}.`,
  }),
  "not-a-field": () => ({
    message: "This line is not a `name: value` field.",
    hint: "Write it as `name: value`. If it continues the value above, indent it; if it is part of the story, it belongs after the closing `---`.",
  }),
  "key-on-two-lines": () => ({
    message: "A field name runs over two lines, or a value continues on a line that is not indented.",
    hint: "Keep `name: value` on one line, or indent the lines that continue a value.",
  }),
  "text-after-value": ({ field }) => ({
    message: "There is more text after the closing quotation mark or bracket of this value.",
    hint: `Quote the whole value with the other kind of quotation mark: ${example(field ?? "summary", `'"Selective" strikes, he said'`)}.`,
  }),
  "bad-indent": () => ({
    message: "This line is indented differently from the lines around it.",
    hint: "Indent the entries of a list, and the keys under `image:` or `related:`, by the same number of spaces.",
  }),
  duplicate: ({ key }) => ({
    message: `${code(key)} is given twice.`,
    hint: "Keep one of them.",
  }),
  "bad-start": ({ character, field }) => ({
    message: `A value cannot start with ${code(character)} unless it is in quotes.`,
    hint: `Put the value in quotes: ${example(field, `"${character}…"`)}.`,
  }),
  "missing-comma": () => ({
    message: "Two entries of a bracketed list are not separated by a comma.",
    hint: "Separate the entries with commas: `topics: [Syria, Russia]`. An entry with a comma or colon of its own needs quotes.",
  }),
  "unclosed-bracket": ({ bracket }) => ({
    message: `The ${code(bracket)} that opens this list is never closed.`,
    hint: `Close it with ${code(bracket === "[" ? "]" : "}")} on the same line, or write the list with one \`- entry\` per line.`,
  }),
  "not-a-map": () => ({
    message: "The front matter is not a list of `name: value` lines.",
    hint: "Write one field per line, such as `title: …`.",
  }),
  other: () => ({
    message: "YAML cannot read this line.",
    hint: "Check the quoting and indentation here: a value with `: `, or starting with `[`, `{`, `*`, `&`, `@` or a quotation mark, needs quotes around it.",
  }),
};

/** An exception in words, for `ArticleFailed`: its first line only, never a stack trace. */
export function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return "it nests too deeply (the call stack ran out).";
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split("\n")[0] ?? "";
  return line.endsWith(".") ? line : `${line}.`;
}

/** `a`, `a and b`, `a, b and c`. */
function joinWords(words: readonly string[], last = "and"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${last} ${words.at(-1) ?? ""}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
