import { existsSync } from "node:fs";
import path from "node:path";
import { hasErrors } from "../content/problems.ts";
import { formatProblems, plural, type ReportFormat } from "../content/report.ts";
import { displayPath } from "../content/read-content.ts";
import { defaultCacheDir } from "../eleventy/run-options.ts";
import { ArchivePipeline } from "../pipeline/pipeline.ts";
import { heldBackReport } from "./held-back.ts";
import { parseOptions, pathOption, referenceTime, runCommand, siteWithOverrides, typedPath, UsageError } from "./cli-support.ts";

const usage = `Usage: npm run validate -- [options] [files…]

Checks articles without building the site: the same schema and checks as the build,
and says when each embargoed story goes live. Exit code 1 when there are errors;
warnings alone do not fail. Paths are read from the folder the command is typed in.

  --content <dir>        articles to check (default: content)
  --format <format>      text (default), github (annotations for GitHub Actions) or json
  --now <iso>            reference time for embargoes (default: the clock)
  files…                 report only these files (the whole archive is still read,
                         so references between articles are checked)
  -h, --help             show this help`;

const formats: readonly ReportFormat[] = ["text", "github", "json"];

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string" },
      format: { type: "string", default: "text" },
      now: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const format = values.format as ReportFormat;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not \`${values.format}\`.`);
  const content = pathOption(values.content, "content");
  const files = positionals.map((file) => refuseNonArticle(file, content, values.content ?? "content"));

  const site = siteWithOverrides({});
  const pipeline = new ArchivePipeline({ site, contentDir: content, cacheDir: defaultCacheDir(content), now: referenceTime(values.now, site.timeZone) });
  const run = await pipeline.loadAll();
  let { problems } = run;
  const articles = run.stats.files;

  const wanted = new Set(files.map((file) => displayPath(file)));
  if (wanted.size > 0) problems = problems.filter((problem) => wanted.has(problem.file));

  const report = formatProblems(problems, format, { color: process.stdout.isTTY && format === "text" });
  if (format === "text" && problems.length === 0) {
    const checked = wanted.size > 0 ? wanted.size : articles;
    process.stdout.write(`No problems found${checked > 0 ? ` in ${plural(checked, "article")}` : ""}.\n`);
  } else if (report !== "") {
    process.stdout.write(`${report}\n`);
  }
  if (format === "text") {
    const { drafts, embargoed } = run.archive.heldBack;
    const named = (story: { file: string }) => wanted.size === 0 || wanted.has(story.file);
    const held = heldBackReport({ drafts: drafts.filter(named), embargoed: embargoed.filter(named) }, site.timeZone);
    if (held.length > 0) process.stdout.write(`\nHeld back from the site:\n${held.join("\n")}\n`);
  }
  return hasErrors(problems) ? 1 : 0;
}

/**
 * A file named on the command line (as typed) must be an article of the
 * content folder, or nothing would be checked; returns its absolute path.
 */
function refuseNonArticle(given: string, contentDir: string, shownContent: string): string {
  const file = typedPath(given);
  const inside = path.relative(contentDir, file);
  if (!existsSync(file)) throw new UsageError(`\`${given}\` does not exist.`);
  if (inside.startsWith("..") || path.isAbsolute(inside) || !file.endsWith(".md")) {
    throw new UsageError(`\`${given}\` is not an article of \`${shownContent}\`: name \`.md\` files inside the content folder (or pass --content).`);
  }
  return file;
}

await runCommand("npm run validate", main);
