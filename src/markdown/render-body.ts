import { VFile } from "vfile";
import { failureReason } from "../content/catalogue.ts";
import type { Processor } from "./create-processor.ts";
import type { DatelineParts } from "./dateline-lead.ts";
import { NestingTooDeep } from "./remark-nesting-limit.ts";
import type { StoryPicture } from "./remark-pictures.ts";

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
  /** Pictures of the content folder the story shows; its HTML holds a numbered mark for each (see `placePictures`). */
  pictures: StoryPicture[];
  /** Why the story could not be rendered; its HTML is then empty. */
  failure?: RenderFailure;
}

/** What the archive plans with: everything rendering tells about a story but its HTML. */
export type StoryFacts = Omit<RenderedBody, "html">;

/** Why a story was not rendered: nested too deeply, out of time, or an unexpected failure. */
export type RenderFailure =
  | { kind: "too-deep"; line: number; limit: number }
  | { kind: "timed-out"; seconds: number }
  | { kind: "crashed"; reason: string };

/**
 * Render one story's Markdown to sanitized HTML. Whatever the Markdown, this
 * returns: a story that cannot be rendered comes back empty, with its failure.
 */
export function renderBody(processor: Processor, input: RenderInput): RenderedBody {
  try {
    return renderUnguarded(processor, input);
  } catch (error) {
    if (error instanceof NestingTooDeep) return failedRender({ kind: "too-deep", line: error.line, limit: error.limit });
    return failedRender({ kind: "crashed", reason: failureReason(error) });
  }
}

/** An empty render that says why. */
export function failedRender(failure: RenderFailure): RenderedBody {
  return { html: "", excerpt: "", excerptLine: 0, wordCount: 0, rawHtmlLines: [], pictures: [], failure };
}

function renderUnguarded(processor: Processor, { body, dateline }: RenderInput): RenderedBody {
  const file = new VFile({ value: body, data: dateline ? { dateline } : {} });
  const html = String(processor.processSync(file));
  return {
    html,
    excerpt: file.data.excerpt ?? "",
    excerptLine: file.data.excerptLine ?? 0,
    wordCount: file.data.wordCount ?? 0,
    rawHtmlLines: file.data.rawHtmlLines ?? [],
    pictures: file.data.pictures ?? [],
  };
}
