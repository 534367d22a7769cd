import { createHash } from "node:crypto";
import path from "node:path";
import { fingerprint } from "../cache/fingerprint.ts";
import { projectRoot } from "../runtime.ts";
import type { ProcessorOptions } from "./create-processor.ts";
import type { RenderInput } from "./render-body.ts";

/** Our modules outside this folder that rendering uses. */
const borrowedSources = ["../filters/site-url.ts", "../filters/format-date.ts", "../content/body-limits.ts", "../content/article-date.ts"];

/** Libraries whose output ends up in the rendered HTML. */
const renderingPackages = [
  "unified",
  "remark-parse",
  "remark-html",
  "micromark",
  "micromark-extension-gfm-table",
  "micromark-extension-gfm-strikethrough",
  "mdast-util-from-markdown",
  "mdast-util-gfm-table",
  "mdast-util-gfm-strikethrough",
  "mdast-util-to-string",
  "mdast-util-to-hast",
  "hast-util-sanitize",
  "hast-util-to-html",
  "luxon",
];

/**
 * A hash of everything that shapes rendered HTML besides the article itself:
 * this folder's source and the modules it borrows, the versions of the rendering libraries, and the
 * processor options. Change any of them and every cached render is stale.
 */
export function pipelineFingerprint(options: ProcessorOptions): string {
  const here = path.join(projectRoot, "src/markdown");
  return fingerprint({ sources: [here, ...borrowedSources.map((file) => path.join(here, file))], packages: renderingPackages, options });
}

/** A function from render input to its content hash under one pipeline (its `pipelineFingerprint`). */
export function renderKeyer(fingerprint: string): (input: RenderInput) => string {
  return (input) => createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(input)).digest("hex");
}
