import { createProcessor, type Processor, type ProcessorOptions } from "./create-processor.ts";
import { failedRender, type RenderedBody, type RenderInput, renderBody } from "./render-body.ts";
import { withinTime } from "./time-limit.ts";

export interface RenderTask {
  options: ProcessorOptions;
  inputs: RenderInput[];
  /** Longest a story may take to render, in milliseconds. */
  timeLimitMs: number;
}

let cached: { key: string; processor: Processor } | undefined;

/**
 * Render a batch of stories with one processor, on a worker thread or the main
 * thread alike. The batch as a whole gets one story's time limit; when it runs
 * out, each story is rendered again under its own, so only the slow one fails.
 */
export default function renderBatch({ options, inputs, timeLimitMs }: RenderTask): RenderedBody[] {
  const key = JSON.stringify(options);
  if (cached?.key !== key) cached = { key, processor: createProcessor(options) };
  const { processor } = cached;
  const batch = withinTime(() => inputs.map((input) => renderBody(processor, input)), timeLimitMs);
  if (batch) return batch.value;
  const seconds = Number((timeLimitMs / 1000).toPrecision(2));
  return inputs.map((input) => withinTime(() => renderBody(processor, input), timeLimitMs)?.value ?? failedRender({ kind: "timed-out", seconds }));
}
