import path from "node:path";
import type { ProblemChanges } from "../content/problem-changes.ts";
import { formatText, plural, summarize } from "../content/report.ts";
import type { PreviewUpdate } from "../eleventy/preview-session.ts";
import { startPreviewServer } from "../eleventy/preview-server.ts";
import { defaultCacheDir, projectCacheRoot } from "../eleventy/run-options.ts";
import { parseOptions, pathOption, positiveInteger, runCommand, siteWithOverrides, typedPath } from "./cli-support.ts";

const usage = `Usage: npm start -- [--content <dir>] [--port <n>] [--output <dir>]

Serves a live preview of the archive, drafts and embargoed articles included
and marked, and reloads the browser as articles and templates change. Paths are
read from the folder the command is typed in.

  --content <dir>   articles to preview (default: content)
  --port <n>        port to serve on (default: 8080, or the next free one)
  --output <dir>    where the preview is written (default: .cache/backfile/preview)
  -h, --help        show this help`;

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string" },
      port: { type: "string", default: "8080" },
      output: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const port = positiveInteger("port", values.port, 65535);
  const content = pathOption(values.content, "content");
  await startPreviewServer({
    site: siteWithOverrides({}),
    contentDir: content,
    outputDir: values.output === undefined ? path.join(projectCacheRoot, "preview") : typedPath(values.output),
    cacheDir: defaultCacheDir(content),
    port,
    report,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  // The server runs until the process is stopped.
  return new Promise<number>(() => {});
}

/** Each update in the terminal: pages written, then only what changed in the problems since the last one. */
function report(what: string, update: PreviewUpdate, { added, resolved }: ProblemChanges): void {
  const color = process.stdout.isTTY;
  const pages = update.written.filter((file) => file.endsWith(".html")).length;
  const lines = [`${what}: ${plural(pages, "page")} written in ${(update.ms / 1000).toFixed(2)} s.`];
  if (added.length > 0) lines.push(`New problems:\n\n${formatText(added, { color, summary: false })}\n`);
  if (resolved.length > 0) lines.push(`Resolved:\n\n${formatText(resolved, { color, hints: false, summary: false })}\n`);
  if (added.length + resolved.length > 0) lines.push(update.problems.length === 0 ? "No problems left." : `Now: ${summarize(update.problems)}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

await runCommand("npm start", main);
