import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { syntheticShape, writeSyntheticArchive } from "../bench/synthetic-archive.ts";
import { parseOptions, positiveInteger, runCommand } from "./cli-support.ts";
import { projectRoot } from "../runtime.ts";

const usage = `Usage: npm run bench -- [--articles N] [--pictures-every N] [--workers N] [--no-search] [--keep]

Generates a deterministic synthetic archive (~600-word stories, ${syntheticShape.topics} topics,
${syntheticShape.bylines} bylines, 10 years, a lead picture of its own for every 20th story) in a
temporary folder, builds it cold (empty cache), then warm (same content, cache filled), and
prints for each build its wall time, CPU time (user, and system: mostly the file system),
articles per second, peak memory, and the pictures it processed.

  --articles <n>   articles to generate (default: 1000)
  --pictures-every <n>  one story in n has a picture (default: 20; 0 for none)
  --workers <n>    render threads (default: one per CPU)
  --no-search      build without the search index
  --keep           keep the temporary folder and print its path`;

interface BuildFigures {
  articles: number;
  pages: number;
  pictures: number;
  picturesProcessed: number;
  unchanged: number;
  rendered: number;
  threads: number;
  ms: { load: number; plan: number; site: number; pictures: number; total: number };
  peakRssBytes: number;
  cpuUserMs: number;
  cpuSystemMs: number;
}

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      articles: { type: "string", default: "1000" },
      "pictures-every": { type: "string", default: "20" },
      workers: { type: "string" },
      "no-search": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const articles = positiveInteger("articles", values.articles);
  const articlesPerPicture = values["pictures-every"] === "0" ? 0 : positiveInteger("pictures-every", values["pictures-every"]);
  if (values.workers !== undefined) positiveInteger("workers", values.workers);

  const workspace = await mkdtemp(path.join(tmpdir(), "backfile-bench-"));
  try {
    const contentDir = path.join(workspace, "content");
    const generating = performance.now();
    const generated = await writeSyntheticArchive(contentDir, { articles, articlesPerPicture });
    process.stdout.write(`Generated ${generated.articles} articles and ${generated.pictures} pictures in ${seconds(performance.now() - generating)} s (${workspace}).\n\n`);

    const rows: string[][] = [["build", "wall s", "user s", "sys s", "articles/s", "peak MB", "unchanged", "rendered", "load+render s", "plan s", "site s", "pictures s", "pages", "pictures made"]];
    for (const run of ["cold", "warm"] as const) {
      const statsFile = path.join(workspace, `${run}.json`);
      const args = [
        "--content", contentDir,
        "--output", path.join(workspace, "site"),
        "--cache-dir", path.join(workspace, "cache"),
        "--now", "2030-01-01T00:00:00Z",
        "--stats-file", statsFile,
        "--quiet",
        ...(values.workers === undefined ? [] : ["--workers", values.workers]),
        ...(values["no-search"] ? ["--no-search"] : []),
      ];
      const started = performance.now();
      await runBuild(args);
      const wall = performance.now() - started;
      const figures = JSON.parse(await readFile(statsFile, "utf8")) as BuildFigures;
      rows.push([
        run,
        seconds(wall),
        seconds(figures.cpuUserMs),
        seconds(figures.cpuSystemMs),
        Math.round(articles / (wall / 1000)).toString(),
        Math.round(figures.peakRssBytes / 1024 / 1024).toString(),
        figures.unchanged.toString(),
        figures.rendered.toString(),
        seconds(figures.ms.load),
        seconds(figures.ms.plan),
        seconds(figures.ms.site),
        seconds(figures.ms.pictures),
        figures.pages.toString(),
        `${figures.picturesProcessed} of ${figures.pictures}`,
      ]);
    }
    process.stdout.write(`${table(rows)}\n`);
    return 0;
  } finally {
    if (values.keep) process.stdout.write(`Kept ${workspace}\n`);
    else await rm(workspace, { recursive: true, force: true });
  }
}

/** One build in its own process, exactly as `npm run build` runs it, so its figures are the build's alone. */
function runBuild(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const child = spawn(npm, ["run", "--silent", "build", "--", ...args], {
      cwd: projectRoot,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`The build exited with code ${code}.`))));
  });
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join("  ")).join("\n");
}

await runCommand(usage, main);
