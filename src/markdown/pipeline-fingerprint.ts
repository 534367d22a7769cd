import path from "node:path";
import { fingerprint, folderOf } from "../cache/fingerprint.ts";
import type { ProcessorOptions } from "./create-processor.ts";

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
  const here = folderOf(import.meta.url);
  return fingerprint({ sources: [here, ...borrowedSources.map((file) => path.join(here, file))], packages: renderingPackages, options });
}
