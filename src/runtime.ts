import { readFileSync } from "node:fs";
import path from "node:path";

/** The project's own folder (where its package.json is), whether this code runs from source or compiled. */
export const projectRoot = findProjectRoot(import.meta.dirname);

/**
 * The folder of the compiled commands when they run compiled (see
 * `src/cli/launch.mjs`, which sets `BACKFILE_CODE`); undefined when the
 * TypeScript runs as it is, under tsx or vitest.
 */
export const compiledCode: string | undefined = process.env["BACKFILE_CODE"] || undefined;

/** How to start one of the project's modules in another process or thread. */
export interface EntryPoint {
  /** The file to run. */
  file: string;
  /** Node flags it needs (tsx, to run TypeScript). */
  execArgv: string[];
}

/**
 * The file that runs `source` (a project path such as `src/eleventy/render-job.ts`)
 * in a process of its own: its compiled module, or the TypeScript under tsx.
 */
export function entryPoint(source: string): EntryPoint {
  if (compiledCode !== undefined) return { file: path.join(compiledCode, source.replace(/\.ts$/, ".mjs")), execArgv: [] };
  return { file: path.join(projectRoot, source), execArgv: ["--import", "tsx"] };
}

function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    try {
      if ((JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as { name?: string }).name === "backfile") return folder;
    } catch {
      // No package.json of ours here; look further up.
    }
    if (path.dirname(folder) === folder) throw new Error(`backfile's package.json was not found above ${start}.`);
  }
}
