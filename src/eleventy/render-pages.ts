import { type ChildProcess, fork } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { serialize } from "node:v8";
import { type ArchivePages, type Article, articlesShownWhole, type Bodies, filterPages, withBodies } from "../archive/model.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { RenderJobMessage, RenderJobTask } from "./render-job.ts";
import { writePages } from "./write-pages.ts";
import { entryPoint } from "../runtime.ts";

export interface RenderPagesOptions {
  site: SiteConfig;
  /** The whole plan. */
  pages: ArchivePages;
  /** URLs of the pages to draw. */
  urls: readonly string[];
  /** Folder the pages are written into. */
  outputDir: string;
  /** Processes drawing pages at once: this one alone, or as many render jobs. */
  jobs: number;
  /** The HTML of the articles whose pages are drawn (see `ArchivePipeline.bodies`). */
  bodies: (articles: Iterable<Article>) => Promise<Bodies>;
  onPageWritten?: ((count: number) => void) | undefined;
  /**
   * A render job started ahead of need (`startRenderJob`), which has loaded
   * Eleventy while this process read and planned: it draws the first share
   * it can, so a small draw costs no start-up here.
   */
  early?: ChildProcess | undefined;
}

/**
 * Pages drawn by one run of Eleventy: its memory grows with the pages it
 * draws, so a large share is drawn in several runs, one after another.
 * `BACKFILE_PAGES_PER_RUN` sets it otherwise (less memory, more runs).
 */
const pagesPerRun = Number(process.env["BACKFILE_PAGES_PER_RUN"]) || 6000;

/** Pages below which another process is not worth starting (one costs about a second to start), unless runs are smaller. */
const pagesPerExtraJob = Math.min(1500, pagesPerRun);

/**
 * Draw the pages at `urls` with Eleventy: in this process when one job is
 * enough, else spread over `jobs` render jobs started for the purpose
 * (`src/eleventy/render-job.ts`), each sent its batches of pages with the
 * HTML they show. Pages are dealt out in turn, so each job gets its share of
 * every kind. Returns the files written, relative to `outputDir`.
 */
export async function renderPages(options: RenderPagesOptions): Promise<string[]> {
  const { urls } = options;
  if (urls.length === 0) return [];
  const { early } = options;
  const jobs = Math.max(1, Math.min(options.jobs, Math.ceil(urls.length / pagesPerExtraJob)));
  const shares = Array.from({ length: jobs }, (_, job) => urls.filter((_, index) => index % jobs === job));
  // One share is drawn here unless a job started early can take it. Several are each drawn by a job of their own, the early
  // one first: this process, which holds the whole plan, then never holds an Eleventy run besides, and its memory stays bounded.
  const children = shares.map((_, job) => (jobs === 1 ? early : job === 0 && early ? early : startRenderJob()));
  const tasks = children.some(Boolean) ? await mkdtemp(path.join(tmpdir(), "backfile-render-")) : undefined;
  try {
    // Every share runs to its end before the jobs are let go, so that one failure is reported as itself.
    const written = await Promise.allSettled(
      shares.map((share, job) => {
        const child = children[job];
        return drawShare(share, options, child && tasks ? { child, taskFile: path.join(tasks, `job-${job}.bin`) } : undefined);
      }),
    );
    const failed = written.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    return written.flatMap((result) => (result.status === "fulfilled" ? result.value : []));
  } finally {
    for (const child of children) if (child?.connected) child.disconnect();
    if (tasks) await rm(tasks, { recursive: true, force: true });
  }
}

/** Draw one process's share, batch by batch, here (`job` undefined) or in a render job. */
async function drawShare(urls: readonly string[], options: RenderPagesOptions, job: { child: ChildProcess; taskFile: string } | undefined): Promise<string[]> {
  const files: string[] = [];
  for (let start = 0; start < urls.length; start += pagesPerRun) {
    const pages = filterPages(options.pages, new Set(urls.slice(start, start + pagesPerRun)));
    if (process.env["BACKFILE_TRACE"]) console.error("batch start", job ? "child" : "main", performance.now(), process.cpuUsage());
    const task: RenderJobTask = { site: options.site, pages: withBodies(pages, await options.bodies(articlesShownWhole(pages))), outputDir: options.outputDir };
    files.push(...(job ? await runTask(job, task, options.onPageWritten) : await writePages(task.outputDir, { ...task, onPageWritten: () => options.onPageWritten?.(1) })));
  }
  if (process.env["BACKFILE_TRACE"]) console.error("share done", job ? "child" : "main", performance.now());
  return files;
}

/** A render job: a process of its own that loads Eleventy at once and draws the batches it is sent. */
export function startRenderJob(): ChildProcess {
  const job = entryPoint("src/eleventy/render-job.ts");
  return fork(job.file, [], {
    execArgv: ["--max-semi-space-size=64", ...job.execArgv],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/** Hand a batch to a render job and wait for its files. */
async function runTask({ child, taskFile }: { child: ChildProcess; taskFile: string }, task: RenderJobTask, onPageWritten: ((count: number) => void) | undefined): Promise<string[]> {
  await writeFile(taskFile, serialize(task));
  return new Promise((resolve, reject) => {
    const onMessage = (message: RenderJobMessage) => {
      if (message.kind === "progress") {
        onPageWritten?.(message.written);
        return;
      }
      cleanUp();
      if (message.kind === "done") resolve(message.files);
      else reject(new Error(message.reason));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanUp();
      reject(new Error(`A render job stopped unexpectedly (${signal === null ? `exit code ${code}` : `signal ${signal}`}).`));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
      child.off("error", onError);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
    child.on("error", onError);
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.send({ taskFile });
  });
}
