import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { createProcessor, type ProcessorOptions } from "./create-processor.ts";
import { type RenderedBody, type RenderInput, renderBody } from "./render-body.ts";
import type { RenderTask } from "./render-worker.ts";

export interface RenderStoriesOptions extends ProcessorOptions {
  /** Worker threads (default: one per CPU). 1 renders on the main thread. */
  workers?: number | undefined;
  /** Stories below which rendering stays on the main thread, as starting workers costs about a second (default: 1000). */
  workerThreshold?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const batchSize = 50;

/**
 * Render stories with the one pipeline, on worker threads when there are many
 * (or on the main thread for a handful). Results come back in input order.
 */
export async function renderStories(
  inputs: readonly RenderInput[],
  options: RenderStoriesOptions,
): Promise<{ results: RenderedBody[]; threads: number }> {
  const processorOptions: ProcessorOptions = { siteUrl: options.siteUrl, pathPrefix: options.pathPrefix, timeZone: options.timeZone };
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
      filename: new URL("./render-worker-entry.mjs", import.meta.url).href,
      maxThreads: threads,
      minThreads: threads,
      // Workers set up TypeScript themselves (see render-worker-entry.mjs) and need none
      // of this process's Node flags, some of which are not allowed in workers.
      execArgv: [],
    });
    try {
      await Promise.all(
        batches.map(async (batch) => store(batch, await pool.run({ options: processorOptions, inputs: batch.map((index) => inputs[index] as RenderInput) }))),
      );
    } finally {
      await pool.destroy();
    }
  } else if (inputs.length > 0) {
    const processor = createProcessor(processorOptions);
    for (const batch of batches) store(batch, batch.map((index) => renderBody(processor, inputs[index] as RenderInput)));
  }
  return { results, threads: useWorkers ? threads : 1 };
}

/** A function from render input to its content hash under one pipeline (its `pipelineFingerprint`). */
export function renderKeyer(fingerprint: string): (input: RenderInput) => string {
  return (input) => createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(input)).digest("hex");
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
