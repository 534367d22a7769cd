import { createProcessor, type Processor, type ProcessorOptions } from "./create-processor.ts";
import { type RenderedBody, type RenderInput, renderBody } from "./render-body.ts";

export interface RenderTask {
  options: ProcessorOptions;
  inputs: RenderInput[];
}

let cached: { key: string; processor: Processor } | undefined;

/** Worker-thread entry: render a batch of stories with one processor. */
export default function renderBatch({ options, inputs }: RenderTask): RenderedBody[] {
  const key = JSON.stringify(options);
  if (cached?.key !== key) cached = { key, processor: createProcessor(options) };
  const { processor } = cached;
  return inputs.map((input) => renderBody(processor, input));
}
