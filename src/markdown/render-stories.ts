import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { compiledCode, entryPoint, projectRoot } from "../runtime.ts";
import { failureReason } from "../content/catalogue.ts";
import type { ProcessorOptions } from "./create-processor.ts";
import { failedRender, type RenderedBody, type RenderInput } from "./render-body.ts";
import renderBatch, { type RenderTask } from "./render-worker.ts";

export interface RenderStoriesOptions extends ProcessorOptions {
  /** Worker threads (default: one per CPU). 1 renders on the main thread. */
  workers?: number | undefined;
  /** Stories below which rendering stays on the main thread, as starting workers costs about a second (default: 1000). */
  workerThreshold?: number | undefined;
  /** Longest one story may take to render, in milliseconds (default: 10,000); a slower one fails alone. */
  timeLimitMs?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const batchSize = 50;
const defaultTimeLimitMs = 10_000;

/**
 * Render stories with the one pipeline, on worker threads when there are many
 * (or on the main thread for a handful). Results come back in input order.
 * No story can stop the others: one that nests too deeply, runs out of time
 * or fails comes back empty with its `failure`, and a worker that dies has
 * its stories rendered again one by one.
 */
export async function renderStories(
  inputs: readonly RenderInput[],
  options: RenderStoriesOptions,
): Promise<{ results: RenderedBody[]; threads: number }> {
  const processorOptions: ProcessorOptions = { siteUrl: options.siteUrl, pathPrefix: options.pathPrefix, timeZone: options.timeZone };
  const timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs;
  const task = (indexes: readonly number[]): RenderTask => ({ options: processorOptions, inputs: indexes.map((index) => inputs[index] as RenderInput), timeLimitMs });
  const results: RenderedBody[] = new Array<RenderedBody>(inputs.length);
  const batches = chunk(
    inputs.map((_, index) => index),
    batchSize,
  );
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), batches.length));
  const useWorkers = threads > 1 && inputs.length >= (options.workerThreshold ?? 1000);
  let done = 0;
  const store = (batch: number[], rendered: RenderedBody[]) => {
    batch.forEach((index, position) => (results[index] = rendered[position] as RenderedBody));
    options.onProgress?.((done += batch.length), inputs.length);
  };

  if (useWorkers) {
    const pool = new Piscina<RenderTask, RenderedBody[]>({
      // Compiled, the worker is a module of its own; from source, an entry that sets up TypeScript first.
      filename: pathToFileURL(compiledCode === undefined ? path.join(projectRoot, "src/markdown/render-worker-entry.mjs") : entryPoint("src/markdown/render-worker.ts").file).href,
      maxThreads: threads,
      minThreads: threads,
      // Workers need none of this process's Node flags, some of which are not allowed in workers.
      execArgv: [],
    });
    const alone = async (index: number): Promise<RenderedBody> => {
      try {
        return ((await pool.run(task([index]))) as RenderedBody[])[0] as RenderedBody;
      } catch (error) {
        return failedRender({ kind: "crashed", reason: `the rendering thread stopped: ${failureReason(error)}` });
      }
    };
    try {
      await Promise.all(
        batches.map(async (batch) => {
          const rendered = await pool.run(task(batch)).catch(() => undefined);
          store(batch, rendered ?? (await Promise.all(batch.map(alone))));
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else {
    for (const batch of batches) store(batch, renderBatch(task(batch)));
  }
  return { results, threads: useWorkers ? threads : 1 };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
