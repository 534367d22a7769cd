import path from "node:path";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import chokidar from "chokidar";
import type { SiteConfig } from "../config/site-schema.ts";
import { type ProblemChanges, problemChanges } from "../content/problem-changes.ts";
import type { Problem } from "../content/problems.ts";
import { type PreviewExtras, previewExtras, previewMiddleware, previewPaths } from "./preview-middleware.ts";
import { PreviewSession, type PreviewUpdate } from "./preview-session.ts";
import { projectRoot } from "../runtime.ts";

/** Quiet time after the last edit before the search index is written again. */
const searchDelayMs = 3000;

export interface PreviewServerOptions {
  site: SiteConfig;
  contentDir: string;
  outputDir: string;
  cacheDir: string | undefined;
  port: number;
  /** Told about every update: what changed, pages written, time taken, and the problems new and resolved since the last. */
  report: (what: string, update: PreviewUpdate, changes: ProblemChanges) => void;
  /** Told when the server listens, and when the search index has been written again. */
  log: (line: string) => void;
}

/**
 * Serve the preview with Eleventy's dev server and keep it current: content
 * edits rewrite only the pages they change, template edits rewrite every page,
 * and the browser reloads (HTML patched in place) after each. Every page
 * served carries the problem panel, and the desk has a page of its own (see
 * `previewMiddleware`); when the problems change, every open page reloads.
 */
export async function startPreviewServer({ site, contentDir, outputDir, cacheDir, port, report, log }: PreviewServerOptions): Promise<void> {
  const session = new PreviewSession({ site, contentDir, outputDir, cacheDir });
  let shown: readonly Problem[] = [];
  let extras: PreviewExtras = { problems: "", desk: "" };
  /** Take in an update; true when its problems differ from the last ones. */
  const take = (what: string, update: PreviewUpdate): boolean => {
    const changes = problemChanges(shown, update.problems);
    shown = update.problems;
    extras = previewExtras(update.problems, update.desk, update.pageOf, site);
    report(what, update, changes);
    return changes.added.length + changes.resolved.length > 0;
  };
  take("Preview ready", await session.start());
  const server = EleventyDevServer.getServer("backfile", outputDir, {
    pathPrefix: site.pathPrefix,
    domDiff: true,
    middleware: [previewMiddleware(() => extras)],
  });
  server.serve(port);
  await server.ready();
  log(`Desk (drafts, embargoes, problems): ${server.getServerUrlRaw("localhost", previewPaths.desk)}`);
  /** Reload the browsers: every page when the problems changed, else only the pages written. */
  const reload = (written: string[], problemsChanged: boolean) => {
    if (problemsChanged) server.reloadFiles([...written, path.join(outputDir, previewPaths.problems)], false);
    else if (written.length > 0) server.reloadFiles(written);
  };

  // The search index follows the articles in the background, once edits settle:
  // pages never wait for it.
  let searchTimer: NodeJS.Timeout | undefined;
  let indexing: Promise<void> = Promise.resolve();
  const reindex = (delay: number) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      indexing = indexing
        .then(() => session.indexSearch())
        .then(({ articles, ms }) => log(`Search index written: ${articles} articles in ${(ms / 1000).toFixed(1)} s.`))
        .catch((error: unknown) => log(`The search index could not be written: ${error instanceof Error ? error.message : String(error)}`));
    }, delay);
  };
  reindex(0);

  // Edits arrive in bursts (an editor saving, a git checkout): gather them, then update once.
  const changed = new Set<string>();
  const deleted = new Set<string>();
  let templates = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const update = async () => {
    const edited = [...changed];
    const gone = [...deleted];
    const redraw = templates;
    changed.clear();
    deleted.clear();
    templates = false;
    if (redraw) {
      const result = await session.templatesChanged();
      reload(result.written, take("Templates changed", result));
    } else if (edited.length + gone.length > 0) {
      const result = await session.contentChanged(edited, gone);
      reload(result.written, take(describe(edited, gone), result));
      reindex(searchDelayMs);
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(update).catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      });
    }, 50);
  };

  chokidar
    .watch(contentDir, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 30, pollInterval: 10 } })
    .on("add", (file) => (changed.add(file), schedule()))
    .on("change", (file) => (changed.add(file), schedule()))
    .on("unlink", (file) => (deleted.add(file), schedule()));
  chokidar.watch(path.join(projectRoot, "templates"), { ignoreInitial: true }).on("all", () => ((templates = true), schedule()));
}

function describe(edited: readonly string[], gone: readonly string[]): string {
  const names = [...edited, ...gone].map((file) => path.relative(process.cwd(), file));
  return names.length === 1 ? `Updated ${names[0]}` : `Updated ${names.length} files`;
}
