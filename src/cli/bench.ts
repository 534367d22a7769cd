import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { watchProcessTree, type TreeMemory } from "../bench/process-tree.ts";
import { syntheticShape, writeSyntheticArchive } from "../bench/synthetic-archive.ts";
import { projectRoot } from "../runtime.ts";
import { parseOptions, positiveInteger, runCommand } from "./cli-support.ts";
import type { BuildFigures } from "../build/build-figures.ts";

const usage = `Usage: npm run bench -- [--articles N] [--pictures-every N] [--jobs N] [--workers N] [--no-search] [--keep]

Generates a deterministic synthetic archive (~600-word stories, ${syntheticShape.topics} topics,
${syntheticShape.bylines} bylines, 10 years, a lead picture of its own for every 20th story) in a
temporary folder and builds it as an editor's
day goes: from nothing (cold), again with nothing changed, after one story's body
is edited, after one new story (the newest), and after one story is deleted. Each
build runs as \`npm run build\` does, in a process of its own, and is reported with
its wall time, CPU time (every process of the build), pages drawn and reused,
search years indexed, pictures made, its phases, and the peak memory of each kind
of process.

  --articles <n>   articles to generate (default: 1000)
  --pictures-every <n>  one story in n has a picture (default: 20; 0 for none)
  --jobs <n>       processes drawing pages (default: the build's own, one per CPU)
  --workers <n>    threads rendering stories (default: one per CPU)
  --no-search      build without the search index
  --keep           keep the temporary folder and print its path
  -h, --help       show this help`;

/** One step of the day: what changes in the content before the build. */
interface Scenario {
  name: string;
  change: (contentDir: string) => Promise<void>;
}

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      articles: { type: "string", default: "1000" },
      "pictures-every": { type: "string", default: "20" },
      jobs: { type: "string" },
      workers: { type: "string" },
      "no-search": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const articles = positiveInteger("articles", values.articles);
  const articlesPerPicture = values["pictures-every"] === "0" ? 0 : positiveInteger("pictures-every", values["pictures-every"]);
  if (values.jobs !== undefined) positiveInteger("jobs", values.jobs);
  if (values.workers !== undefined) positiveInteger("workers", values.workers);

  const workspace = await mkdtemp(path.join(tmpdir(), "backfile-bench-"));
  try {
    const contentDir = path.join(workspace, "content");
    const generating = performance.now();
    const { refs, referenced, pictures } = await writeSyntheticArchive(contentDir, { articles, articlesPerPicture });
    process.stdout.write(`Generated ${articles.toLocaleString("en")} articles and ${pictures.toLocaleString("en")} pictures in ${seconds(performance.now() - generating)} s (${workspace}).\n\n`);

    // A story in the middle of the archive that no other links to, so deleting it breaks nothing.
    const middle = refs.slice(Math.floor(refs.length / 2)).find((ref) => !referenced.has(ref)) ?? (refs.at(-1) as string);
    const edited = refs[Math.floor(refs.length / 3)] as string;
    const scenarios: Scenario[] = [
      { name: "cold", change: async () => rm(path.join(workspace, "cache"), { recursive: true, force: true }) },
      { name: "nothing changed", change: async () => undefined },
      {
        name: "one story edited",
        change: async (content) => {
          const file = path.join(content, `${edited}.md`);
          await writeFile(file, `${await readFile(file, "utf8")}\nA correction to the figures was added later.\n`);
        },
      },
      {
        name: "one new story",
        change: async (content) =>
          writeFile(
            path.join(content, "2024/12/story-newest.md"),
            "---\ntitle: The newest story of the archive\ndate: 2024-12-31T23:00:00Z\nsource: LWS\ndateline: Damascus\ntopics: [Damascus Water]\nbyline: [Reem Haddad]\n---\n\nThe newest story, filed last.\n",
          ),
      },
      { name: "one story deleted", change: async (content) => rm(path.join(content, `${middle}.md`)) },
    ];

    const rows: string[][] = [
      ["build", "wall s", "CPU s", "drawn", "reused", "search", "pictures", "load s", "plan s", "prints s", "draw s", "index s", "pics s", "publish s", "pages/s", "build MB", "job MB", "index MB", "all MB"],
    ];
    for (const scenario of scenarios) {
      await scenario.change(contentDir);
      const statsFile = path.join(workspace, "stats.json");
      const args = [
        "--content", contentDir,
        "--output", path.join(workspace, "site"),
        "--cache-dir", path.join(workspace, "cache"),
        "--now", "2030-01-01T00:00:00Z",
        "--stats-file", statsFile,
        "--quiet",
        ...(values.jobs === undefined ? [] : ["--jobs", values.jobs]),
        ...(values.workers === undefined ? [] : ["--workers", values.workers]),
        ...(values["no-search"] ? ["--no-search"] : []),
      ];
      const run = await runBuild(args);
      const figures = JSON.parse(await readFile(statsFile, "utf8")) as BuildFigures;
      const peak = (role: string) => megabytes(Math.max(0, ...run.memory.processes.filter((process) => process.role === role).map((process) => process.peakBytes)));
      rows.push([
        scenario.name,
        seconds(run.wallMs),
        seconds(run.cpuMs),
        figures.pagesDrawn.toLocaleString("en"),
        (figures.pages - figures.pagesDrawn).toLocaleString("en"),
        values["no-search"] ? "-" : `${figures.searchBundlesIndexed}/${figures.searchBundles}`,
        `${figures.picturesProcessed}/${figures.pictures}`,
        seconds(figures.ms.load),
        seconds(figures.ms.plan),
        seconds(figures.ms.fingerprint),
        seconds(figures.ms.draw),
        values["no-search"] ? "-" : seconds(figures.ms.search),
        seconds(figures.ms.pictures),
        seconds(figures.ms.publish),
        figures.ms.draw > 0 ? Math.round(figures.pagesDrawn / (figures.ms.draw / 1000)).toLocaleString("en") : "-",
        peak("build"),
        peak("render job"),
        peak("search indexer"),
        megabytes(run.memory.totalPeakBytes),
      ]);
    }
    process.stdout.write(`${table(rows)}\n\nCPU: every process of the build (user and system). MB: peak resident memory of the build's own process, of the largest render job, of Pagefind's indexer, and of all at once.\n`);
    return 0;
  } finally {
    if (values.keep) process.stdout.write(`Kept ${workspace}\n`);
    else await rm(workspace, { recursive: true, force: true });
  }
}

/**
 * One build exactly as `npm run build` runs it, in a shell that reports the
 * CPU time of every process it waited for, with its process tree watched.
 */
function runBuild(args: string[]): Promise<{ wallMs: number; cpuMs: number; memory: TreeMemory }> {
  return new Promise((resolve, reject) => {
    const quoted = args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
    const started = performance.now();
    const child = spawn("bash", ["-c", `npm run --silent build -- ${quoted} >&2 && times`], { cwd: projectRoot, stdio: ["ignore", "pipe", "inherit"] });
    const stop = watchProcessTree(child.pid ?? 0, roleOf);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      const memory = stop();
      if (code !== 0) {
        reject(new Error(`The build exited with code ${code}.`));
        return;
      }
      // `times` prints the shell's own times, then those of the processes it waited for.
      const children = output.trim().split("\n").at(-1) ?? "";
      const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, minutes, secs]) => sum + (Number(minutes) * 60 + Number(secs)) * 1000, 0);
      resolve({ wallMs, cpuMs, memory });
    });
  });
}

function roleOf(commandLine: string): string {
  if (commandLine.includes("render-job")) return "render job";
  if (commandLine.includes("pagefind")) return "search indexer";
  if (commandLine.includes("launch.mjs build")) return "build";
  return "other";
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function megabytes(bytes: number): string {
  return bytes > 0 ? Math.round(bytes / 1024 / 1024).toLocaleString("en") : "-";
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")).join("\n");
}

await runCommand("npm run bench", main);
