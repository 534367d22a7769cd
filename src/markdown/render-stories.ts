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
  const renderer = openRenderer({ ...options, expected: inputs.length });
  let done = 0;
  try {
    const batches = chunk(inputs, batchSize);
    const rendered = await Promise.all(
      batches.map(async (batch) => {
        const results = await renderer.render(batch);
        options.onProgress?.((done += batch.length), inputs.length);
        return results;
      }),
    );
    return { results: rendered.flat(), threads: renderer.threads };
  } finally {
    await renderer.close();
  }
}

/** Stories handed over as they come, rendered on the threads opened for them. */
export interface Renderer {
  /** Render a batch (of about 50 stories): on a worker thread when there are workers. */
  render(inputs: readonly RenderInput[]): Promise<RenderedBody[]>;
  /** Threads rendering (1: the main thread). */
  threads: number;
  close(): Promise<void>;
}

/**
 * Open a renderer for about `expected` stories, so that a caller can hand
 * batches over while it is still reading the next ones: worker threads (one
 * per CPU) when there are enough stories to repay starting them, else the
 * main thread. Each batch gets one story's time limit; when it runs out each
 * story is rendered again under its own, so only the slow one fails.
 */
export function openRenderer(options: RenderStoriesOptions & { expected: number }): Renderer {
  const processorOptions: ProcessorOptions = { siteUrl: options.siteUrl, pathPrefix: options.pathPrefix, timeZone: options.timeZone };
  const timeLimitMs = options.timeLimitMs ?? defaultTimeLimitMs;
  const task = (inputs: readonly RenderInput[]): RenderTask => ({ options: processorOptions, inputs: [...inputs], timeLimitMs });
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(options.expected / batchSize)));
  if (threads <= 1 || options.expected < (options.workerThreshold ?? 1000)) {
    return { render: async (inputs) => renderBatch(task(inputs)), threads: 1, close: async () => undefined };
  }
  const pool = new Piscina<RenderTask, RenderedBody[]>({
    // Compiled, the worker is a module of its own; from source, an entry that sets up TypeScript first.
    filename: pathToFileURL(compiledCode === undefined ? path.join(projectRoot, "src/markdown/render-worker-entry.mjs") : entryPoint("src/markdown/render-worker.ts").file).href,
    maxThreads: threads,
    minThreads: threads,
    // Workers need none of this process's Node flags, some of which are not allowed in workers.
    execArgv: [],
  });
  const alone = async (input: RenderInput): Promise<RenderedBody> => {
    try {
      return ((await pool.run(task([input]))) as RenderedBody[])[0] as RenderedBody;
    } catch (error) {
      return failedRender({ kind: "crashed", reason: `the rendering thread stopped: ${failureReason(error)}` });
    }
  };
  return {
    render: async (inputs) => (await pool.run(task(inputs)).catch(() => undefined)) ?? Promise.all(inputs.map(alone)),
    threads,
    close: () => pool.destroy(),
  };
}

/** Stories in one task for a worker: fewer messages, and one time limit shared. */
export const batchSize = 50;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
