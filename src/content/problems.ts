/**
 * The catalogue of everything that can be wrong with an archive's content.
 * Codes are permanent: tools and documentation may refer to them.
 */
export const problemCodes = {
  ContentFolderMissing: "The content folder does not exist.",
  FileUnreadable: "The file could not be read.",
  FileNotArticle: "A file in the content folder is not an article.",
  FrontMatterMissing: "The article has no front matter.",
  FrontMatterLanguageRefused: "The front matter is not YAML.",
  FrontMatterSyntax: "The front matter is not valid YAML.",
  FieldMissing: "A required field is missing.",
  FieldInvalid: "A field has a value of the wrong kind.",
  FieldUnknown: "A field is not part of the article schema.",
  FieldRefused: "A field would change how the site is built and is not allowed in articles.",
  SlugUnavailable: "No URL slug could be made for the article.",
  UrlDuplicate: "Two articles would be published at the same URL.",
  RelatedMissing: "A related link or translation points at an article that is not in the archive.",
  RelatedUnlinked: "A related story is named by its headline only, with nothing to link to.",
  TranslationSameLanguage: "A translation is in the same language as the article.",
  AliasConflict: "An old address of an article is taken by another page.",
  RawHtmlRemoved: "Raw HTML in the body is removed from the published page.",
  NameVariant: "Two spellings of what is probably one name make two separate listings.",
  DatelineTyped: "The story starts with a dateline the site also writes from the front matter.",
} as const;

export type ProblemCode = keyof typeof problemCodes;
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

/** Thrown when content problems stop a build; carries every problem found. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(`${errors.length} content ${errors.length === 1 ? "error" : "errors"} found`);
    this.name = "ContentError";
    this.problems = problems;
  }
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

/** A value as it should appear inside a message: short, in backticks. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `\`${short}\``;
}
