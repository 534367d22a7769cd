import path from "node:path";
import { formatText, plural } from "../content/report.ts";
import type { PreviewUpdate } from "../eleventy/preview-session.ts";
import { startPreviewServer } from "../eleventy/preview-server.ts";
import { defaultCacheDir, projectCacheRoot } from "../eleventy/run-options.ts";
import { parseOptions, positiveInteger, runCommand, siteWithOverrides } from "./cli-support.ts";

const usage = `Usage: npm start -- [--content <dir>] [--port <n>] [--output <dir>]

Serves a live preview of the archive, drafts and embargoed articles included
and marked, and reloads the browser as articles and templates change.

  --content <dir>   articles to preview (default: content)
  --port <n>        port to serve on (default: 8080, or the next free one)
  --output <dir>    where the preview is written (default: .cache/backfile/preview)`;

async function main(): Promise<number> {
  const { values } = parseOptions(process.argv.slice(2), {
    options: {
      content: { type: "string", default: "content" },
      port: { type: "string", default: "8080" },
      output: { type: "string", default: path.join(projectCacheRoot, "preview") },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const port = positiveInteger("port", values.port, 65535);
  await startPreviewServer({
    site: siteWithOverrides({}),
    contentDir: path.resolve(values.content),
    outputDir: path.resolve(values.output),
    cacheDir: defaultCacheDir(values.content),
    port,
    report,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  // The server runs until the process is stopped.
  return new Promise<number>(() => {});
}

function report(what: string, update: PreviewUpdate): void {
  const pages = update.written.filter((file) => file.endsWith(".html")).length;
  process.stdout.write(`${what}: ${plural(pages, "page")} written in ${(update.ms / 1000).toFixed(2)} s.\n`);
  if (update.problems.length > 0) process.stdout.write(`${formatText(update.problems, { color: process.stdout.isTTY })}\n`);
}

await runCommand(usage, main);
