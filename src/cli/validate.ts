import { existsSync } from "node:fs";
import path from "node:path";
import { hasErrors } from "../content/problems.ts";
import { formatProblems, plural, type ReportFormat } from "../content/report.ts";
import { displayPath } from "../content/read-content.ts";
import { defaultCacheDir } from "../eleventy/run-options.ts";
import { ArchivePipeline } from "../pipeline/pipeline.ts";
import { parseOptions, referenceTime, runCommand, siteWithOverrides, UsageError } from "./cli-support.ts";

const usage = `Usage: npm run validate -- [options] [files…]

Checks articles without building the site: the same schema and checks as the build.
Exit code 1 when there are errors; warnings alone do not fail.

  --content <dir>        articles to check (default: content)
  --format <format>      text (default), github (annotations for GitHub Actions) or json
  --now <iso>            reference time for embargoes (default: the clock)
  files…                 report only these files (the whole archive is still read,
                         so references between articles are checked)`;

const formats: readonly ReportFormat[] = ["text", "github", "json"];

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string", default: "content" },
      format: { type: "string", default: "text" },
      now: { type: "string" },
      help: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const format = values.format as ReportFormat;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(", ")}, not \`${values.format}\`.`);
  for (const file of positionals) refuseNonArticle(file, values.content);

  const site = siteWithOverrides({});
  const pipeline = new ArchivePipeline({ site, contentDir: values.content, cacheDir: defaultCacheDir(values.content), now: referenceTime(values.now, site.timeZone) });
  const run = await pipeline.loadAll();
  let { problems } = run;
  const articles = run.stats.files;

  if (positionals.length > 0) {
    const wanted = new Set(positionals.map((file) => displayPath(file)));
    problems = problems.filter((problem) => wanted.has(problem.file));
  }

  const report = formatProblems(problems, format, { color: process.stdout.isTTY && format === "text" });
  if (format === "text" && problems.length === 0) {
    const checked = positionals.length > 0 ? new Set(positionals.map((file) => displayPath(file))).size : articles;
    process.stdout.write(`No problems found${checked > 0 ? ` in ${plural(checked, "article")}` : ""}.\n`);
  } else if (report !== "") {
    process.stdout.write(`${report}\n`);
  }
  return hasErrors(problems) ? 1 : 0;
}

/** A file named on the command line must be an article of the content folder, or nothing would be checked. */
function refuseNonArticle(file: string, contentDir: string): void {
  const inside = path.relative(path.resolve(contentDir), path.resolve(file));
  if (!existsSync(file)) throw new UsageError(`\`${file}\` does not exist.`);
  if (inside.startsWith("..") || path.isAbsolute(inside) || !file.endsWith(".md")) {
    throw new UsageError(`\`${file}\` is not an article of \`${contentDir}\`: name \`.md\` files inside the content folder (or pass --content).`);
  }
}

await runCommand(usage, main);
