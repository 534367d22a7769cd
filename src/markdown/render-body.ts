import { VFile } from "vfile";
import type { Processor } from "./create-processor.ts";
import type { DatelineParts } from "./dateline-lead.ts";

/** Everything the HTML of one story depends on, besides the pipeline itself. */
export interface RenderInput {
  body: string;
  /** Parts of the dateline lead; no lead when absent. */
  dateline?: DatelineParts;
}

/** A rendered story and the facts the pipeline noticed while rendering it. */
export interface RenderedBody {
  html: string;
  /** Plain text of the first paragraph, as written. */
  excerpt: string;
  /** Body line (1-based) of the first paragraph; 0 without one. */
  excerptLine: number;
  wordCount: number;
  /** Lines of the body (1-based) whose raw HTML was removed. */
  rawHtmlLines: number[];
}

/** What the archive plans with: everything rendering tells about a story but its HTML. */
export type StoryFacts = Omit<RenderedBody, "html">;

/** Render one story's Markdown to sanitized HTML. */
export function renderBody(processor: Processor, { body, dateline }: RenderInput): RenderedBody {
  const file = new VFile({ value: body, data: dateline ? { dateline } : {} });
  const html = String(processor.processSync(file));
  return {
    html,
    excerpt: file.data.excerpt ?? "",
    excerptLine: file.data.excerptLine ?? 0,
    wordCount: file.data.wordCount ?? 0,
    rawHtmlLines: file.data.rawHtmlLines ?? [],
  };
}
