import { statSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { compareText, type Problem } from "./problems.ts";

/** One article file's text, and how messages and other articles name it. */
export interface SourceFile {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Path under the content folder without `.md` (`2015/10/lavrov-strikes`). */
  ref: string;
  text: string;
}

export interface ReadContentOptions {
  /** Folder holding `**\/*.md` articles. */
  contentDir: string;
  /** Files open at once (default: 64), far below any system's open-file limit. */
  concurrency?: number;
  /** Folder that paths in messages are relative to (default: the working directory). */
  cwd?: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** How a file stood when it was listed: enough to tell, next time, that it has not changed since. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** An article file of the content folder, found but not read yet. */
export interface ContentEntry {
  /** Absolute path. */
  absolute: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Path under the content folder without `.md`. */
  ref: string;
  stamp: FileStamp;
}

/**
 * Find every article file of the content folder, in path order, with how each
 * stands on disk, without reading any. Files that are not `.md` are reported.
 */
export async function listContent({ contentDir, cwd = process.cwd() }: Pick<ReadContentOptions, "contentDir" | "cwd">): Promise<{ entries: ContentEntry[]; problems: Problem[] }> {
  const root = path.resolve(cwd, contentDir);
  const display = (absolute: string) => displayPath(absolute, cwd);
  const problems: Problem[] = [];
  if (!(await isFolder(root))) {
    problems.push({
      code: "ContentFolderMissing",
      severity: "error",
      file: display(root),
      line: 1,
      message: `There is no content folder at \`${display(root)}\`.`,
      hint: "Create it and add articles as `YYYY/MM/<slug>.md`, or point `--content` at your articles.",
    });
    return { entries: [], problems };
  }

  const entries: ContentEntry[] = [];
  for (const absolute of await findFiles(root)) {
    if (!absolute.endsWith(".md")) {
      problems.push({
        code: "FileNotArticle",
        severity: "warning",
        file: display(absolute),
        line: 1,
        message: "Only `.md` files are articles; this file is not published.",
        hint: "Move files that are not articles out of the content folder, or rename an article to end in `.md`.",
      });
      continue;
    }
    // A file that vanishes between listing and stat is read (and reported) like any other.
    const stats = statSyncOrUndefined(absolute);
    const stamp = stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino } : { size: -1, mtimeMs: 0, ctimeMs: 0, ino: 0 };
    entries.push({ absolute, file: display(absolute), ref: refOf(root, absolute), stamp });
  }
  return { entries, problems };
}

/**
 * Read the given article files of the content folder `contentDir`, with
 * bounded concurrency: an archive of fifty thousand files never runs out of
 * file handles.
 */
export async function readEntries(
  contentDir: string,
  entries: readonly ContentEntry[],
  { concurrency = 64, cwd = process.cwd(), onProgress }: Omit<ReadContentOptions, "contentDir"> = {},
): Promise<{ files: SourceFile[]; unreadable: Set<string>; problems: Problem[] }> {
  const root = path.resolve(cwd, contentDir);
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  let done = 0;
  const read = await pMap(
    entries,
    async ({ absolute }): Promise<SourceFile | undefined> => {
      const result = await readSource(root, absolute, cwd);
      onProgress?.(++done, entries.length);
      if ("problem" in result) {
        problems.push(result.problem);
        unreadable.add(result.ref);
        return undefined;
      }
      return result;
    },
    { concurrency },
  );
  return { files: read.filter((source): source is SourceFile => source !== undefined), unreadable, problems };
}

/**
 * Read every article file of the content folder, in path order, with bounded
 * concurrency. Files that are not `.md` are reported, not read.
 */
export async function readContent({
  contentDir,
  concurrency = 64,
  cwd = process.cwd(),
  onProgress,
}: ReadContentOptions): Promise<{ files: SourceFile[]; unreadable: Set<string>; problems: Problem[] }> {
  const listed = await listContent({ contentDir, cwd });
  const read = await readEntries(contentDir, listed.entries, { concurrency, cwd, onProgress });
  return { ...read, problems: [...listed.problems, ...read.problems] };
}

/** One article file of the content folder `root`, or why it could not be read. */
export async function readSource(root: string, absolute: string, cwd = process.cwd()): Promise<SourceFile | { ref: string; problem: Problem }> {
  const file = displayPath(absolute, cwd);
  const ref = refOf(root, absolute);
  try {
    return { file, ref, text: await readFile(absolute, "utf8") };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ref, problem: { code: "FileUnreadable", severity: "error", file, line: 1, message: `The file could not be read: ${reason}` } };
  }
}

/** A path as messages show it: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd = process.cwd()): string {
  return toPosix(path.relative(cwd, path.resolve(cwd, file)));
}

/** `content/2015/10/x.md` → `2015/10/x`: how articles refer to each other. */
export function refOf(root: string, absolute: string): string {
  return toPosix(path.relative(root, absolute)).replace(/\.md$/, "");
}

async function isFolder(folder: string): Promise<boolean> {
  return stat(folder).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** Every file below `root`, skipping hidden files and folders, in code-point order. */
async function findFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((absolute) => !path.relative(root, absolute).split(path.sep).some((part) => part.startsWith(".")))
    .sort(compareText);
}

function toPosix(value: string): string {
  return value.split(path.sep).join("/");
}

function statSyncOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
