import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import { parseArticleDate } from "../content/article-date.ts";
import { loadArticle } from "../content/load-article.ts";
import { displayPath, readContent } from "../content/read-content.ts";
import { formatText } from "../content/report.ts";
import { articleRef, articleText } from "../importer/article-text.ts";
import { parseWireCopy, type WireCopy } from "../importer/parse-wire-copy.ts";
import { publicationDate } from "../importer/publication-date.ts";
import { type KnownArticle, resolveRelated } from "../importer/related-story.ts";
import { parseOptions, pathOption, runCommand, siteWithOverrides, typedPath, UsageError } from "./cli-support.ts";

const usage = `Usage: npm run import -- <file.txt> [more…] [options]

Turns plain-text wire copy into articles at content/YYYY/MM/<slug>.md and prints
each path written. What the copy does not say (byline, date, topics …) is reported,
never invented. An existing file is never overwritten. Paths are read from the
folder the command is typed in.

  --date <iso>       when the story was published, e.g. 2015-10-13T14:05 (read in the
                     site's time zone without an offset); needed when the copy does not
                     state a full date with its year; applies to every file given
  --stdout           print the articles instead of writing them
  --content <dir>    the articles folder (default: content)
  -h, --help         show this help`;

interface ImportContext {
  site: SiteConfig;
  contentDir: string;
  /** The `--date` given, as ISO 8601 with offset. */
  date: string | undefined;
  toStdout: boolean;
  /** Articles of the content folder, and those imported in this run. */
  known: KnownArticle[];
}

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), {
    options: {
      date: { type: "string" },
      stdout: { type: "boolean", default: false },
      content: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Name at least one wire-copy file to import.");
  const site = siteWithOverrides({});
  const date = values.date === undefined ? undefined : givenDate(values.date, site.timeZone);
  const copies = await readWireCopy(positionals);

  const contentDir = pathOption(values.content, "content");
  const context: ImportContext = { site, contentDir, date, toStdout: values.stdout, known: await knownArticles(contentDir, site) };
  let failed = 0;
  for (const { file, text } of copies) {
    if (!(await importOne(file, text, context))) failed++;
  }
  if (copies.length > 1 && failed > 0) process.stderr.write(`${copies.length - failed} of ${copies.length} files imported; ${failed} failed.\n`);
  return failed > 0 ? 1 : 0;
}

/** `--date` read in the site's zone when it has no offset; a mistake is a usage error. */
function givenDate(value: string, timeZone: string): string {
  const parsed = parseArticleDate(value, timeZone);
  if (!parsed.ok) throw new UsageError(`--date expects a date and time such as 2015-10-13T14:05, not \`${value}\`: ${parsed.reason}.`);
  return parsed.iso;
}

/** Every input file's text, read before anything is written: one that cannot be read is a usage error. */
async function readWireCopy(files: readonly string[]): Promise<{ file: string; text: string }[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await readFile(typedPath(file), "utf8") };
      } catch (error) {
        const reason = error instanceof Error && "code" in error && error.code === "ENOENT" ? "there is no such file" : String(error);
        throw new UsageError(`Cannot read the wire copy \`${file}\`: ${reason}.`);
      }
    }),
  );
}

/** Headlines of the valid articles in the content folder, to link Check Also stories to. */
async function knownArticles(contentDir: string, site: SiteConfig): Promise<KnownArticle[]> {
  const { files } = await readContent({ contentDir });
  const known: KnownArticle[] = [];
  for (const source of files) {
    const { article } = loadArticle(source.text, source, { timeZone: site.timeZone, language: site.language });
    if (article) known.push({ ref: article.ref, title: article.fields.title });
  }
  return known;
}

/** Import one file: infer, validate, write (or print), and report what could not be inferred. True when it was imported. */
async function importOne(file: string, text: string, context: ImportContext): Promise<boolean> {
  const { site } = context;
  const fail = (message: string): false => {
    process.stderr.write(`${file}: ${message}\n`);
    return false;
  };
  const copy = parseWireCopy(text);
  if (copy.headline === "") return fail("the file is empty; wire copy starts with its headline on the first line. Nothing was written.");
  const dated = publicationDate(copy, context.date, site.timeZone);
  if (!dated.ok) return fail(`${dated.message} Nothing was written for this file.`);

  const ref = articleRef(copy.headline, dated.iso, site.timeZone);
  const target = path.join(context.contentDir, `${ref}.md`);
  const shown = displayPath(target);
  const related = resolveRelated(copy.checkAlso, context.known);
  const article = articleText({ copy, date: dated.iso, related: related.entries });
  const notes = [
    ...copy.missing,
    ...dated.notes,
    ...(related.note === undefined ? [] : [related.note]),
    ...languageNote(copy, site.language),
    ...(context.toStdout && existsSync(target) ? [`a file already exists at this path, so importing without --stdout would refuse`] : []),
    "no topics (add them)",
    "no summary (the first paragraph will be used)",
  ];
  const refused = () => fail(`${shown} already exists; edit that file, or remove it first and import again. Nothing was written.`);
  if (!context.toStdout && existsSync(target)) return refused();
  process.stderr.write(`${shown}: ${notes.join("; ")}\n`);

  const { problems } = loadArticle(article, { file: shown, ref }, { timeZone: site.timeZone, language: site.language });
  if (problems.length > 0) {
    process.stderr.write(`${formatText(problems)}\n`);
    return fail("the article made from it does not pass the checks above; correct the wire copy and import it again. Nothing was written.");
  }

  if (context.toStdout) {
    process.stdout.write(article);
    return true;
  }
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, article, { flag: "wx" });
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST") return refused();
    throw error;
  }
  context.known.push({ ref, title: copy.headline });
  process.stdout.write(`${shown}\n`);
  return true;
}

/**
 * The language is never guessed; a headline without a Latin letter is probably not
 * in the site's language, which the article would otherwise be published in.
 */
function languageNote(copy: WireCopy, language: string): string[] {
  if (/\p{Script=Latin}/u.test(copy.headline)) return [];
  return [`no language: it will be published as \`${language}\`, the site's language; add \`lang:\` with its code (e.g. \`lang: ar\`) if the story is in another`];
}

await runCommand("npm run import", main);
