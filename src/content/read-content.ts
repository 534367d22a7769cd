import { lstatSync, readFileSync, statSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { authorsFileName } from "./authors-file.ts";
import { problem } from "./catalogue.ts";
import { decodeArticle } from "./decode-article.ts";
import { isPictureFile } from "./picture-path.ts";
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

/** The content folder as listed: its article files, pictures and authors file, what could not be taken, and why. */
export interface ContentListing {
  entries: ContentEntry[];
  /** Pictures, by their path under the content folder (in `ref`, with the extension). */
  media: ContentEntry[];
  /** The authors file, when there is one. */
  authors: ContentEntry | undefined;
  /** References of article files refused before reading (symbolic links, special files). */
  unreadable: Set<string>;
  problems: Problem[];
}

/**
 * Find every article file, picture and the authors file of the content folder,
 * in path order, with how each stands on disk, without reading any. Other
 * files are reported.
 * Symbolic links are refused with a message and never followed: one that leads
 * outside the content folder is not even read.
 */
export async function listContent({ contentDir, cwd = process.cwd() }: Pick<ReadContentOptions, "contentDir" | "cwd">): Promise<ContentListing> {
  const root = path.resolve(cwd, contentDir);
  const display = (absolute: string) => displayPath(absolute, cwd);
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  if (!(await isFolder(root))) {
    problems.push(problem("ContentFolderMissing", { file: display(root), line: 1 }, { folder: display(root) }));
    return { entries: [], media: [], authors: undefined, unreadable, problems };
  }

  const entries: ContentEntry[] = [];
  const media: ContentEntry[] = [];
  let authors: ContentEntry | undefined;
  const { files, links, special } = await findFiles(root);
  for (const absolute of files) {
    const relative = toPosix(path.relative(root, absolute));
    const isArticle = absolute.endsWith(".md");
    if (!isArticle && !isPictureFile(relative) && relative !== authorsFileName) {
      problems.push(problem("FileNotArticle", { file: display(absolute), line: 1 }, {}));
      continue;
    }
    // A file that vanishes between listing and stat is read (and reported) like any other.
    const stats = statSyncOrUndefined(absolute);
    const stamp = stats ? { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino } : { size: -1, mtimeMs: 0, ctimeMs: 0, ino: 0 };
    const entry = { absolute, file: display(absolute), ref: isArticle ? refOf(root, absolute) : relative, stamp };
    if (isArticle) entries.push(entry);
    else if (relative === authorsFileName) authors = entry;
    else media.push(entry);
  }
  for (const absolute of links) {
    problems.push(await linkProblem(root, absolute, cwd));
    if (absolute.endsWith(".md")) unreadable.add(refOf(root, absolute));
  }
  for (const absolute of special) {
    problems.push(problem("FileUnreadable", { file: display(absolute), line: 1 }, { reason: "it is not a regular file." }));
    if (absolute.endsWith(".md")) unreadable.add(refOf(root, absolute));
  }
  return { entries, media, authors, unreadable, problems };
}

/**
 * Read the given article files of the content folder `contentDir`, one after
 * another: one file open at a time, so an archive of fifty thousand files
 * never runs out of file handles. The reads are synchronous: nothing else
 * waits on them, and for thousands of small files they take a quarter of the
 * time the promise API's open, stat, read and close take.
 */
export async function readEntries(
  contentDir: string,
  entries: readonly ContentEntry[],
  { cwd = process.cwd(), onProgress }: Omit<ReadContentOptions, "contentDir"> = {},
): Promise<{ files: SourceFile[]; unreadable: Set<string>; problems: Problem[] }> {
  const root = path.resolve(cwd, contentDir);
  const unreadable = new Set<string>();
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const [index, { absolute }] of entries.entries()) {
    const result = await readSource(root, absolute, cwd);
    onProgress?.(index + 1, entries.length);
    if ("problem" in result) {
      problems.push(result.problem);
      unreadable.add(result.ref);
    } else files.push(result);
  }
  return { files, unreadable, problems };
}

/** Read every article file of the content folder, in path order (see `listContent` and `readEntries`). */
export async function readContent({
  contentDir,
  cwd = process.cwd(),
  onProgress,
}: ReadContentOptions): Promise<{ files: SourceFile[]; unreadable: Set<string>; problems: Problem[] }> {
  const listed = await listContent({ contentDir, cwd });
  const read = await readEntries(contentDir, listed.entries, { cwd, onProgress });
  return { files: read.files, unreadable: new Set([...listed.unreadable, ...read.unreadable]), problems: [...listed.problems, ...read.problems] };
}

/** One article file of the content folder `root`, or why it could not be read. */
export async function readSource(root: string, absolute: string, cwd = process.cwd()): Promise<SourceFile | { ref: string; problem: Problem }> {
  const file = displayPath(absolute, cwd);
  const ref = refOf(root, absolute);
  try {
    const entry = lstatSync(absolute);
    if (entry.isSymbolicLink()) return { ref, problem: await linkProblem(root, absolute, cwd) };
    if (!entry.isFile()) return { ref, problem: problem("FileUnreadable", { file, line: 1 }, { reason: "it is not a regular file." }) };
    const decoded = decodeArticle(readFileSync(absolute));
    if (!decoded.ok) return { ref, problem: problem("FileEncoding", { file, line: decoded.line }, decoded) };
    return { file, ref, text: decoded.text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ref, problem: problem("FileUnreadable", { file, line: 1 }, { reason }) };
  }
}

/** A symbolic link refused: where it leads when that is inside the content folder, nothing more when it leaves it. */
async function linkProblem(root: string, absolute: string, cwd: string): Promise<Problem> {
  const file = displayPath(absolute, cwd);
  const target = await realpath(absolute).catch(() => undefined);
  const realRoot = await realpath(root).catch(() => root);
  const inside = target !== undefined && !path.relative(realRoot, target).startsWith("..") && !path.isAbsolute(path.relative(realRoot, target));
  return problem("FileLinkRefused", { file, line: 1 }, { target: inside ? toPosix(path.relative(realRoot, target)) : "", inside });
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

/**
 * Every entry below `root`, skipping hidden files and folders, in code-point
 * order: regular files, symbolic links (to files or folders, never followed)
 * and anything else (sockets, pipes, devices).
 */
async function findFiles(root: string): Promise<{ files: string[]; links: string[]; special: string[] }> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const found = { files: [] as string[], links: [] as string[], special: [] as string[] };
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    if (path.relative(root, absolute).split(path.sep).some((part) => part.startsWith("."))) continue;
    if (entry.isFile()) found.files.push(absolute);
    else if (entry.isSymbolicLink()) found.links.push(absolute);
    else if (!entry.isDirectory()) found.special.push(absolute);
  }
  for (const list of Object.values(found)) list.sort(compareText);
  return found;
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
