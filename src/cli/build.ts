import { writeFile } from "node:fs/promises";
import { prepareArchive } from "../archive/prepare-archive.ts";
import { ContentError } from "../content/problems.ts";
import { formatText, plural } from "../content/report.ts";
import { buildSite } from "../eleventy/build-site.ts";
import { defaultCacheDir } from "../eleventy/run-options.ts";
import { formatNumber } from "../filters/translate.ts";
import { parseOptions, positiveInteger, referenceTime, runCommand, siteWithOverrides } from "./cli-support.ts";
import { createProgress } from "./progress.ts";

/** Builds of fewer articles than this report no progress. */
const progressThreshold = 200;

const usage = `Usage: npm run build -- [options]

Builds the archive in the content folder into a static site.

  --content <dir>       articles to build (default: content)
  --output <dir>        folder the site replaces (default: _site)
  --base-url <url>      where the site is published (default: from the site config)
  --path-prefix <path>  sub-path the site is hosted under, e.g. /archive/
  --now <iso>           the build's reference time, for reproducible builds (default: the clock)
  --drafts              include draft articles, marked as drafts (for a staging site)
  --embargoed           include articles dated after --now, marked as embargoed
  --cache-dir <dir>     cache of validated and rendered articles and of the search index
                        (default: one per content folder, under .cache/backfile/ in the project)
  --no-cache            read and render every article, using no cache
  --no-search           leave out the search index (a quicker build, for checks and staging)
  --workers <n>         threads for rendering (default: one per CPU)
  --stats-file <file>   also write the build's figures as JSON
  --quiet               print nothing but problems (no progress, no summary)`;

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      "base-url": { type: "string" },
      "path-prefix": { type: "string" },
      now: { type: "string" },
      drafts: { type: "boolean", default: false },
      embargoed: { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      workers: { type: "string" },
      "stats-file": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const started = performance.now();
  const site = siteWithOverrides({ baseUrl: values["base-url"], pathPrefix: values["path-prefix"] });
  const cacheDir = values["no-cache"] ? undefined : (values["cache-dir"] ?? defaultCacheDir(values.content));
  const workers = values.workers === undefined ? undefined : positiveInteger("workers", values.workers);
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };

  const common = {
    site,
    contentDir: values.content,
    cacheDir,
    now: referenceTime(values.now, site.timeZone),
    includeDrafts: values.drafts,
    includeEmbargoed: values.embargoed,
  };
  const progress = createProgress({ quiet: values.quiet, threshold: progressThreshold });
  let prepared;
  try {
    prepared = await prepareArchive({ ...common, workers, onProgress: (phase, done, total) => progress.update(phase, done, total) });
  } catch (error) {
    progress.finish();
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${formatText(error.problems, { color: process.stderr.isTTY })}\n\nNothing was built; ${values.output} is unchanged.\n`);
    return 1;
  }
  if (prepared.problems.length > 0) process.stderr.write(`${formatText(prepared.problems, { color: process.stderr.isTTY })}\n\n`);

  const { stats, archive } = prepared;
  const eleventyStarted = performance.now();
  const written = await buildSite({
    ...common,
    archive,
    outputDir: values.output,
    search: !values["no-search"],
    // Small archives build in a second or two: no progress for their pages either.
    onPageWritten: (done, total) => {
      if (archive.articles.length >= progressThreshold) progress.update("write", done, total);
    },
  });
  progress.finish();
  const eleventyMs = performance.now() - eleventyStarted;
  const totalMs = performance.now() - started;
  const cpu = process.cpuUsage();

  const figures = {
    articles: archive.articles.length,
    files: stats.files,
    pages: written.pages,
    unchanged: stats.unchanged,
    reusedRenders: stats.reusedRenders,
    rendered: stats.rendered,
    threads: stats.threads,
    searchIndexReused: written.search?.reused ?? false,
    ms: { load: stats.loadMs, plan: stats.planMs, eleventy: eleventyMs, total: totalMs },
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    // CPU time of the main thread and render workers: steadier than wall time on a busy machine.
    // System time is mostly the file system creating folders and files.
    cpuUserMs: cpu.user / 1000,
    cpuSystemMs: cpu.system / 1000,
  };
  if (values["stats-file"]) await writeFile(values["stats-file"], `${JSON.stringify(figures, null, 2)}\n`);
  const count = (value: number) => formatNumber(value, "en");
  log(
    `Built ${plural(figures.articles, "article")} into ${values.output}: ${plural(figures.pages, "page")} in ${(totalMs / 1000).toFixed(1)} s ` +
      `(cache: ${count(figures.unchanged)} unchanged, ${count(figures.reusedRenders)} renders reused; ${count(figures.rendered)} rendered; ` +
      `search index ${values["no-search"] ? "left out" : figures.searchIndexReused ? "reused" : "written"}).`,
  );
  return 0;
}

await runCommand(usage, main);
