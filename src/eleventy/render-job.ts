import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { deserialize } from "node:v8";
import { entryPoint } from "../runtime.ts";
import { describeFailure } from "./describe-failure.ts";
import { writePages, type PagesToWrite } from "./write-pages.ts";

/** A batch of pages for a render job, as `renderPages` sends it. */
export interface RenderJobTask extends Omit<PagesToWrite, "onPageWritten"> {
  outputDir: string;
}

/** What a render job answers: progress while it draws, then the files of the batch, or why it failed. */
export type RenderJobMessage = { kind: "progress"; written: number } | { kind: "done"; files: string[] } | { kind: "failed"; reason: string };

// A render job: a process of its own that draws the batches of pages its parent
// sends, one Eleventy run per batch, until the parent lets it go. A batch comes
// as the name of a file holding it (serialized with `node:v8`): tens of
// megabytes pass far quicker through a file than through the IPC channel.
// Eleventy and the site's configuration are loaded at once, while the build
// that started the job may still be reading and planning.
void import("@11ty/eleventy").then(() => import(pathToFileURL(entryPoint(".eleventy.ts").file).href));

const send = (message: RenderJobMessage) => process.send?.(message);
process.on("message", async ({ taskFile }: { taskFile: string }) => {
  let written = 0;
  const task = deserialize(await readFile(taskFile)) as RenderJobTask;
  writePages(task.outputDir, { ...task, onPageWritten: () => ++written % 100 === 0 && send({ kind: "progress", written: 100 }) })
    .then((files) => {
      if (written % 100 > 0) send({ kind: "progress", written: written % 100 });
      send({ kind: "done", files });
    })
    .catch((error: unknown) => send({ kind: "failed", reason: describeFailure(error) }));
});
process.on("disconnect", () => process.exit(0));
