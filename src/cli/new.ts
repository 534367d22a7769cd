import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { contentRef } from "../archive/content-ref.ts";
import { slugify } from "../archive/slug.ts";
import { parseArticleDate } from "../content/article-date.ts";
import { articleFileText } from "../content/article-file.ts";
import { slugPattern } from "../content/article-schema.ts";
import { loadArticle } from "../content/load-article.ts";
import { displayPath } from "../content/read-content.ts";
import { splitNames } from "../content/names.ts";
import { placeholderStory } from "../content/placeholder.ts";
import { formatText } from "../content/report.ts";
import { parseOptions, pathOption, runCommand, siteWithOverrides, UsageError } from "./cli-support.ts";

const usage = `Usage: npm run new -- --title "Headline" [options]

Starts a new article at content/YYYY/MM/<slug>.md, dated now in the site's time
zone, as a draft, and prints its path. Open it, write the story, and delete the
\`draft: true\` line to publish. Paths are read from the folder the command is typed in.

  --title <text>      the headline (required)
  --source <name>     agency or publication (default: the site's publisher)
  --dateline <place>  where the story is filed from
  --byline <names>    one name, or several joined by / (may be given more than once)
  --topics <list>     topics separated by commas (may be given more than once)
  --slug <slug>       the last part of the URL (default: made from the headline)
  --date <iso>        another publication time than now (read in the site's time zone)
  --content <dir>     the articles folder (default: content)
  -h, --help          show this help`;

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      title: { type: "string" },
      source: { type: "string" },
      dateline: { type: "string" },
      byline: { type: "string", multiple: true },
      topics: { type: "string", multiple: true },
      slug: { type: "string" },
      date: { type: "string" },
      content: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const title = values.title?.trim();
  if (!title) throw new UsageError("Give the headline with --title \"…\".");
  const site = siteWithOverrides({});
  const date = publicationTime(values.date, site.timeZone);
  if (values.slug !== undefined && !slugPattern.test(values.slug)) {
    throw new UsageError(`--slug takes lowercase letters, digits and hyphens, such as \`citadel-gate\`, not \`${values.slug}\`.`);
  }
  const ref = contentRef(date, values.slug ?? slugify(title), site.timeZone);
  const target = path.join(pathOption(values.content, "content"), `${ref}.md`);
  const shown = displayPath(target);

  const text = articleFileText(
    {
      title,
      date,
      source: values.source?.trim() || site.publisher.name,
      dateline: values.dateline?.trim() || undefined,
      byline: values.byline ? splitNames(values.byline, { splitSlash: true }) : undefined,
      topics: values.topics ? splitNames(values.topics.flatMap((list) => list.split(",")), { splitSlash: false }) : undefined,
      draft: true,
    },
    `${placeholderStory}\n`,
    { draft: "delete this line to publish" },
  );

  // The placeholder is an error until the editor replaces it; anything else is a mistake in the options.
  const problems = loadArticle(text, { file: shown, ref }, { timeZone: site.timeZone, language: site.language }).problems.filter(
    (problem) => problem.code !== "PlaceholderText",
  );
  if (problems.length > 0) {
    process.stderr.write(`${formatText(problems)}\n\nNothing was written.\n`);
    return 1;
  }
  if (existsSync(target)) {
    process.stderr.write(`${shown} already exists. Edit it, or choose another --slug. Nothing was written.\n`);
    return 1;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text, { flag: "wx" });
  process.stdout.write(`${shown}\n`);
  return 0;
}

/** Now in the site's zone, to the minute, or `--date`. */
function publicationTime(given: string | undefined, timeZone: string): string {
  if (given !== undefined) {
    const parsed = parseArticleDate(given, timeZone);
    if (!parsed.ok) throw new UsageError(`--date expects a date and time such as 2015-10-13T14:05, not \`${given}\`: ${parsed.reason}.`);
    return parsed.iso;
  }
  return DateTime.now().setZone(timeZone).startOf("minute").toISO({ suppressMilliseconds: true }) as string;
}

await runCommand("npm run new", main);
