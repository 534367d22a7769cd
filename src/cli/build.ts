import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { buildSite } from "../build/build-site.ts";
import type { BuildFigures } from "../build/build-figures.ts";
import { MergeError, mergeShards } from "../build/merge-shards.ts";
import { parseShare, type Share } from "../build/shards.ts";
import { formatText, plural } from "../content/report.ts";
import { defaultCacheDir } from "../eleventy/run-options.ts";
import { formatNumber } from "../filters/translate.ts";
import { ArchivePipeline } from "../pipeline/pipeline.ts";
import { parseOptions, pathOption, positiveInteger, referenceTime, runCommand, siteWithOverrides, typedFolder, typedPath, UsageError } from "./cli-support.ts";
import { heldBackLine } from "./held-back.ts";
import { createProgress } from "./progress.ts";

/** Builds of fewer articles than this report no progress. */
const progressThreshold = 200;

const usage = `Usage: npm run build -- [options]
       npm run build -- --merge <shard folder>… --output <dir>

Builds the archive in the content folder into a static site. With the cache of
the last build, only the pages whose content changed are drawn again. Paths are
read from the folder the command is typed in.

  --content <dir>       articles to build (default: content)
  --output <dir>        folder the site replaces (default: _site)
  --base-url <url>      where the site is published (default: from the site config)
  --path-prefix <path>  sub-path the site is hosted under, e.g. /archive/
  --now <iso>           the build's reference time, for reproducible builds (default: the clock)
  --drafts              include draft articles, marked as drafts (for a staging site)
  --embargoed           include articles dated after --now, marked as embargoed
  --cache-dir <dir>     cache of validated and rendered articles and of the last site
                        (default: one per content folder, under .cache/backfile/ in the project)
  --no-cache            read, render and draw everything, using no cache
  --no-search           leave out the search index (a quicker build, for checks and staging)
  --jobs <n>            processes drawing pages at once (default: one per CPU)
  --workers <n>         threads rendering stories (default: one per CPU)
  --shard <i/n>         build shard i of n only, into --output, for --merge to combine
  --merge <dirs…>       combine the folders of shards 1…n into the site in --output
  --stats-file <file>   also write the build's figures as JSON
  --quiet               print nothing but problems (no progress, no summary)
  -h, --help            show this help`;

async function main(): Promise<number> {
  const { values, positionals } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string" },
      output: { type: "string" },
      "base-url": { type: "string" },
      "path-prefix": { type: "string" },
      now: { type: "string" },
      drafts: { type: "boolean", default: false },
      embargoed: { type: "boolean", default: false },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      "no-search": { type: "boolean", default: false },
      jobs: { type: "string" },
      workers: { type: "string" },
      shard: { type: "string" },
      merge: { type: "boolean", default: false },
      "stats-file": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const log = (line: string) => {
    if (!values.quiet) process.stdout.write(`${line}\n`);
  };
  // Paths as typed, for messages; read from the folder the command was typed in.
  const shownOutput = values.output ?? "_site";
  const output = pathOption(values.output, "_site");
  if (values.merge) return merge(positionals.map(typedPath), output, shownOutput, log);
  if (positionals.length > 0) throw new UsageError(`Unexpected \`${positionals[0]}\`: only --merge takes folders.`);
  const content = pathOption(values.content, "content");

  const started = performance.now();
  const site = siteWithOverrides({ baseUrl: values["base-url"], pathPrefix: values["path-prefix"] });
  const share = values.shard === undefined ? undefined : shareOption(values.shard);
  const jobs = values.jobs === undefined ? availableParallelism() : positiveInteger("jobs", values.jobs);
  const workers = values.workers === undefined ? undefined : positiveInteger("workers", values.workers);
  const now = referenceTime(values.now, site.timeZone);
  // Without a cache the build still needs somewhere to keep rendered stories and the staged site.
  const temporaryCache = values["no-cache"] ? await mkdtemp(path.join(tmpdir(), "backfile-build-")) : undefined;
  const cacheDir = temporaryCache ?? (values["cache-dir"] === undefined ? defaultCacheDir(content) : typedPath(values["cache-dir"]));
  const progress = createProgress({ quiet: values.quiet, threshold: progressThreshold });

  try {
    const settings = { site, includeDrafts: values.drafts, includeEmbargoed: values.embargoed };
    const pipeline = new ArchivePipeline({
      ...settings,
      contentDir: content,
      cacheDir,
      now,
      workers,
      onProgress: (phase, done, total) => progress.update(phase, done, total),
    });
    let loadedMs = 0;
    let written = 0;
    const result = await buildSite({
      ...settings,
      pipeline,
      now,
      contentDir: content,
      outputDir: output,
      typedFolder,
      cacheDir,
      jobs,
      search: !values["no-search"],
      share,
      onLoaded: (problems) => {
        progress.finish();
        loadedMs = performance.now() - started;
        if (problems.length > 0) process.stderr.write(`${formatText(problems, { color: process.stderr.isTTY })}\n\n`);
      },
      onPageWritten: (count, total) => progress.update("write", (written += count), total),
    });
    progress.finish();
    if (!result.ok) {
      process.stderr.write(`Nothing was built; ${shownOutput} is unchanged.\n`);
      return 1;
    }
    const { site: built, stats } = result;
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage();

    const figures: BuildFigures = {
      articles: built.articles,
      pages: built.planned.pages,
      pagesDrawn: built.made.pages,
      searchBundles: built.planned.bundles,
      searchBundlesIndexed: built.made.bundles,
      pictures: built.planned.pictures,
      picturesProcessed: built.made.pictures,
      outputFiles: built.planned.files,
      published: built.published,
      contentUnchanged: built.unchanged,
      unchanged: stats?.unchanged ?? built.articles,
      reusedRenders: stats?.reusedRenders ?? 0,
      rendered: stats?.rendered ?? 0,
      threads: stats?.threads ?? 0,
      jobs,
      ms: { load: stats?.loadMs ?? loadedMs, plan: stats?.planMs ?? 0, site: totalMs - loadedMs, ...built.ms, total: totalMs },
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuUserMs: cpu.user / 1000,
      cpuSystemMs: cpu.system / 1000,
    };
    if (values["stats-file"]) await writeFile(typedPath(values["stats-file"]), `${JSON.stringify(figures, null, 2)}\n`);
    const count = (value: number) => formatNumber(value, "en");
    const shard = share ? ` (shard ${share.index} of ${share.count})` : "";
    log(
      `Built ${plural(figures.articles, "article")}${shard} into ${shownOutput}: ${count(figures.pagesDrawn)} of ${plural(figures.pages, "page")} drawn, the others unchanged, ` +
        `in ${(totalMs / 1000).toFixed(1)} s (stories: ${count(figures.unchanged)} unchanged, ${count(figures.reusedRenders)} renders reused, ${count(figures.rendered)} rendered; ` +
        (figures.pictures > 0 ? `pictures: ${count(figures.picturesProcessed)} of ${count(figures.pictures)} processed; ` : "") +
        (values["no-search"] ? "search index left out)." : `search: ${count(figures.searchBundlesIndexed)} of ${plural(figures.searchBundles, "year")} indexed).`),
    );
    log(heldBackLine(built.heldBack, result.problems.length, site.timeZone));
    return 0;
  } finally {
    if (temporaryCache) await rm(temporaryCache, { recursive: true, force: true });
  }
}

async function merge(folders: readonly string[], output: string, shownOutput: string, log: (line: string) => void): Promise<number> {
  if (folders.length === 0) throw new UsageError("--merge needs the shard folders to combine: `npm run build -- --merge shard-1 shard-2 --output _site`.");
  const started = performance.now();
  try {
    const merged = await mergeShards(folders, output);
    log(`Merged ${plural(merged.shards, "shard")} into ${shownOutput}: ${plural(merged.files, "file")} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    process.stderr.write(`${error.message}\nNothing was written; ${shownOutput} is unchanged.\n`);
    return 1;
  }
}

function shareOption(text: string): Share {
  const share = parseShare(text);
  if (!share) throw new UsageError(`--shard expects the shard's number and the number of shards, such as 2/4, not \`${text}\`.`);
  return share;
}

await runCommand("npm run build", main);
