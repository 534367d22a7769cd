import { access, constants, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { IANAZone } from "luxon";
import { parseArticleDate } from "../content/article-date.ts";
import { displayPath } from "../content/read-content.ts";
import { formatText } from "../content/report.ts";
import { ArchiveIndex } from "../importer/archive-index.ts";
import { readHead } from "../importer/decode-text.ts";
import { detectFormat } from "../importer/detect-format.ts";
import { FileError } from "../importer/file-error.ts";
import { type ImportSettings, planArticle } from "../importer/plan-article.ts";
import { readStories } from "../importer/read-stories.ts";
import { type ImportEntry, ImportReport } from "../importer/import-report.ts";
import { type StoryFormat, storyFormats, type StoryReading } from "../importer/story.ts";
import { parseOptions, pathOption, runCommand, siteWithOverrides, typedPath, UsageError } from "./cli-support.ts";

const usage = `Usage: npm run import -- <file> [more…] [options]

Turns what a newsroom holds into articles at content/YYYY/MM/<slug>.md, one per
story, and prints each path written. Each file's format is told by its content:
plain-text wire copy, a WordPress export (WXR), NITF, NewsML-G2 or ninjs. What a
file does not say (byline, topics …) is reported, never invented. An existing
article is never overwritten, and a story imported before is recognised and left
as it is (or written again with --update). Paths are read from the folder the
command is typed in.

  --content <dir>   the articles folder (default: content)
  --format <name>   read every file as wire, wxr, nitf, newsml or ninjs, whatever it looks like
  --zone <iana>     time zone of dates written without an offset, e.g. America/New_York
                    (default: the site's)
  --source <name>   the source of every story, instead of the agency or site the files name
  --date <iso>      wire copy: when it was published, e.g. 2015-10-13T14:05 (read in --zone
                    without an offset); needed when the lead does not state the date in full
  --title-case      write headlines sent in capitals in title case
  --update          write the articles of stories imported before again, replacing them
  --stdout          print the articles instead of writing them
  --report json     print a JSON report of every story (written, updated, skipped, failed)
                    instead of the paths
  -h, --help        show this help`;

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string" },
      format: { type: "string" },
      zone: { type: "string" },
      source: { type: "string" },
      date: { type: "string" },
      "title-case": { type: "boolean", default: false },
      update: { type: "boolean", default: false },
      stdout: { type: "boolean", default: false },
      report: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("Name at least one file to import.");
  const format = givenFormat(values.format);
  if (values.report !== undefined && values.report !== "json") throw new UsageError(`--report takes \`json\`, not \`${values.report}\`.`);
  if (values.report === "json" && values.stdout) throw new UsageError("--report json and --stdout both print on standard output; choose one.");
  const site = siteWithOverrides({});
  const zone = values.zone ?? site.timeZone;
  if (!IANAZone.isValidZone(zone)) throw new UsageError(`--zone expects an IANA time zone such as \`America/New_York\`, not \`${zone}\`.`);
  const date = values.date === undefined ? undefined : givenDate(values.date, zone);
  const source = values.source?.trim() || undefined;
  // Read from the folder the command was typed in; a relative path is then named from the project's folder, as messages name files.
  const files = positionals.map((file) => (path.isAbsolute(file) ? file : displayPath(typedPath(file))));
  await readable(files);

  const contentDir = pathOption(values.content, "content");
  const archive = await ArchiveIndex.read(contentDir);
  const planned = new Set<string>();
  const fileOf = (ref: string) => path.join(contentDir, `${ref}.md`);
  const settings: ImportSettings = {
    site,
    zone,
    source,
    titleCase: values["title-case"],
    update: values.update,
    fileOf: (ref) => displayPath(fileOf(ref)),
    taken: (ref) => planned.has(ref) || archive.get(ref) !== undefined || existsSync(fileOf(ref)),
  };
  const json = values.report === "json";
  const report = new ImportReport({ keepEntries: json });

  for (const file of files) {
    let fileFormat: StoryFormat;
    try {
      fileFormat = format ?? detectFormat(await readHead(file));
      for await (const reading of readStories(file, fileFormat, { zone, date, source })) {
        const { entry, message } = await importReading(reading, { file, format: fileFormat, settings, archive, planned, toStdout: values.stdout, fileOf });
        report.add(entry);
        if (!json && message !== undefined) process.stderr.write(`${message}\n`);
        if (!json && entry.path !== undefined && (entry.action === "written" || entry.action === "updated")) process.stdout.write(`${entry.path}\n`);
      }
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      const where = [file, error.line, error.column].filter((part) => part !== undefined).join(":");
      report.add({ file, line: error.line ?? 1, action: "failed", reason: error.message, notes: [] });
      if (!json) process.stderr.write(`${where}: ${error.message} Nothing was written for this file.\n`);
    }
    if (!json) for (const line of report.groupLines(file)) process.stderr.write(`${line}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(report.entries, null, 2)}\n`);
  else if (report.storyCount() > 1) process.stderr.write(`${report.summary()}\n`);
  return report.failed() ? 1 : 0;
}

/** `--format`, checked. */
function givenFormat(value: string | undefined): StoryFormat | undefined {
  if (value === undefined) return undefined;
  const format = storyFormats.find((name) => name === value);
  if (format === undefined) throw new UsageError(`--format takes ${storyFormats.map((name) => `\`${name}\``).join(", ")}, not \`${value}\`.`);
  return format;
}

/** `--date` read in `zone` when it has no offset (a day alone stays one); a mistake is a usage error. */
function givenDate(value: string, zone: string): string {
  const parsed = parseArticleDate(value, zone);
  if (!parsed.ok) throw new UsageError(`--date expects a date and time such as 2015-10-13T14:05, not \`${value}\`: ${parsed.reason}.`);
  return parsed.dateOnly ? value.trim() : parsed.iso;
}

/** Every file named can be read, or the command stops before anything is written. */
async function readable(files: readonly string[]): Promise<void> {
  for (const file of files) {
    try {
      await access(file, constants.R_OK);
    } catch (error) {
      const reason = error instanceof Error && "code" in error && error.code === "ENOENT" ? "there is no such file" : String(error);
      throw new UsageError(`Cannot read \`${file}\`: ${reason}.`);
    }
  }
}

interface ImportContext {
  file: string;
  format: StoryFormat;
  settings: ImportSettings;
  archive: ArchiveIndex;
  /** Paths given out in this run, written or (with --stdout) printed. */
  planned: Set<string>;
  toStdout: boolean;
  fileOf(ref: string): string;
}

/** Import one item of a file: plan its article, then write it (or print it); the report's entry, and what to tell the editor. */
async function importReading(reading: StoryReading, context: ImportContext): Promise<{ entry: ImportEntry; message?: string }> {
  const { file, format } = context;
  const where = (line: number) => (format === "wire" ? file : `${file}:${line}`);
  if (reading.kind === "skipped") {
    const { item } = reading;
    const entry: ImportEntry = { file, line: item.line, format, id: item.id, title: item.title, action: "skipped", reason: item.reason, notes: [] };
    if (item.group !== undefined) return { entry: { ...entry, group: item.group } };
    return { entry, message: `${where(item.line)}: skipped${item.title === "" ? "" : ` “${item.title}”`}: ${item.reason}` };
  }
  if (reading.kind === "failed") {
    const entry: ImportEntry = { file, line: reading.line, format, title: reading.title, action: "failed", reason: reading.message, notes: [] };
    return { entry, message: `${where(reading.line)}: ${reading.message} Nothing was written.` };
  }
  const { story } = reading;
  const base = { file, line: story.line, format, id: story.id, title: story.title };
  const plan = planArticle(story, context.settings, context.archive);
  if (plan.action === "fail") {
    const entry: ImportEntry = { ...base, action: "failed", reason: plan.message, notes: plan.notes, ...(plan.problems.length > 0 ? { problems: plan.problems } : {}) };
    const noted = plan.notes.length > 0 ? `${plan.ref === undefined ? where(story.line) : displayPath(context.fileOf(plan.ref))}: ${plan.notes.join("; ")}\n` : "";
    if (plan.problems.length === 0) return { entry, message: `${noted}${where(story.line)}: ${plan.message} Nothing was written.` };
    const what = format === "wire" ? "the wire copy" : "the file";
    return { entry, message: `${noted}${formatText(plan.problems)}\n${where(story.line)}: the article made from it does not pass the checks above; correct ${what} and import it again. Nothing was written.` };
  }
  const shown = displayPath(context.fileOf(plan.ref));
  if (plan.action === "skip") {
    return { entry: { ...base, action: "skipped", path: shown, reason: plan.reason, notes: plan.notes }, message: `${where(story.line)}: skipped “${story.title}”: ${plan.reason}` };
  }
  const message = plan.notes.length > 0 ? `${shown}: ${plan.notes.join("; ")}` : undefined;
  const written = { ...base, path: shown, notes: plan.notes, ...(story.draft ? { draft: true } : {}) };
  const result = (action: ImportEntry["action"]) => ({ entry: { ...written, action }, ...(message === undefined ? {} : { message }) });
  context.planned.add(plan.ref);
  context.archive.add(plan.indexed);
  if (context.toStdout) {
    process.stdout.write(plan.text);
    return result("printed");
  }
  const target = context.fileOf(plan.ref);
  if (plan.action === "update") {
    if (existsSync(target) && (await readFile(target, "utf8")) === plan.text) return result("unchanged");
    await writeFile(target, plan.text);
    return result("updated");
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, plan.text, { flag: "wx" });
  return result("written");
}

await runCommand("npm run import", main);
