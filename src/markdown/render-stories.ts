import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import pMap from "p-map";
import { Piscina } from "piscina";
import { createProcessor, type ProcessorOptions } from "./create-processor.ts";
import { pipelineFingerprint } from "./pipeline-fingerprint.ts";
import { type RenderedBody, type RenderInput, renderBody } from "./render-body.ts";
import { RenderCache } from "./render-cache.ts";
import type { RenderTask } from "./render-worker.ts";

export interface RenderStoriesOptions extends ProcessorOptions {
  /** Folder of the on-disk render cache; no caching when undefined. */
  cacheDir?: string | undefined;
  /** Worker threads for stories not in the cache (default: one per CPU). 1 renders on the main thread. */
  workers?: number | undefined;
  /** Uncached stories below which rendering stays on the main thread, as starting workers costs about a second (default: 1000). */
  workerThreshold?: number | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface RenderStats {
  /** Stories taken from the cache. */
  cached: number;
  /** Stories rendered in this run. */
  rendered: number;
  /** Threads that rendered them (1: the main thread). */
  threads: number;
}

const batchSize = 50;

/**
 * Render every story, each at most once per content hash: from the cache when
 * it holds the same input rendered by the same pipeline, otherwise on worker
 * threads (or the main thread for a handful), writing the result to the cache.
 * Results come back in the order of `inputs`.
 */
export async function renderStories(
  inputs: readonly RenderInput[],
  options: RenderStoriesOptions,
): Promise<{ results: RenderedBody[]; stats: RenderStats }> {
  const processorOptions: ProcessorOptions = { siteUrl: options.siteUrl, timeZone: options.timeZone };
  const fingerprint = pipelineFingerprint(processorOptions);
  const keys = inputs.map((input) => renderKey(fingerprint, input));
  const cache = options.cacheDir === undefined ? undefined : new RenderCache(options.cacheDir);
  const results = new Map<string, RenderedBody>();

  let done = 0;
  const report = (count: number) => options.onProgress?.((done += count), inputs.length);

  const unique = [...new Set(keys)];
  if (cache) {
    await pMap(unique, async (key) => {
      const hit = await cache.read(key);
      if (hit) results.set(key, hit);
    }, { concurrency: 64 });
  }
  const cached = keys.filter((key) => results.has(key)).length;
  report(cached);

  const missing = unique.filter((key) => !results.has(key));
  const inputOf = new Map(keys.map((key, index) => [key, inputs[index] as RenderInput]));
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(missing.length / batchSize)));
  const useWorkers = threads > 1 && missing.length >= (options.workerThreshold ?? 1000);

  const store = async (batch: string[], rendered: RenderedBody[]) => {
    batch.forEach((key, index) => results.set(key, rendered[index] as RenderedBody));
    if (cache) await Promise.all(batch.map((key, index) => cache.write(key, rendered[index] as RenderedBody)));
    report(batch.length);
  };

  if (useWorkers) {
    const pool = new Piscina<RenderTask, RenderedBody[]>({
      filename: new URL("./render-worker-entry.mjs", import.meta.url).href,
      maxThreads: threads,
      minThreads: threads,
      execArgv: withoutTypeScriptLoader(process.execArgv),
    });
    try {
      await Promise.all(
        chunk(missing, batchSize).map(async (batch) => {
          const rendered = await pool.run({ options: processorOptions, inputs: batch.map((key) => inputOf.get(key) as RenderInput) });
          await store(batch, rendered);
        }),
      );
    } finally {
      await pool.destroy();
    }
  } else if (missing.length > 0) {
    const processor = createProcessor(processorOptions);
    for (const batch of chunk(missing, batchSize)) {
      await store(batch, batch.map((key) => renderBody(processor, inputOf.get(key) as RenderInput)));
    }
  }

  return {
    results: keys.map((key) => results.get(key) as RenderedBody),
    stats: { cached, rendered: keys.length - cached, threads: useWorkers ? threads : 1 },
  };
}

/** Content hash of one story under one pipeline. */
export function renderKey(fingerprint: string, input: RenderInput): string {
  return createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(input)).digest("hex");
}

/** This process's Node flags minus tsx's loader, which workers set up for themselves. */
function withoutTypeScriptLoader(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < execArgv.length; index++) {
    const argument = execArgv[index] as string;
    const value = execArgv[index + 1] ?? "";
    if ((argument === "--import" || argument === "--require") && value.includes("tsx")) index++;
    else if (!argument.includes("tsx")) kept.push(argument);
  }
  return kept;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
