import { spawn } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";

// Moving a site's files around is metadata work for the file system: tens of
// thousands of folders and links. Plain synchronous calls, one after another,
// cost the least here; many calls at once only make the kernel contend for the
// same folders.

/** Make the folder of every file (site-relative, `/`-separated) below `root`, each folder once, parents first. */
export function makeFolders(root: string, files: Iterable<string>): void {
  mkdirSync(root, { recursive: true });
  const made = new Set<string>(["."]);
  for (const file of files) makeFolder(root, path.posix.dirname(file), made);
}

function makeFolder(root: string, folder: string, made: Set<string>): void {
  if (made.has(folder)) return;
  makeFolder(root, path.posix.dirname(folder), made);
  try {
    mkdirSync(path.join(root, folder));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  made.add(folder);
}

/**
 * Put `files` of `from` into `to` under the same names, as hard links (no
 * copy, no extra space) or, across file systems, as copies. With `replace`,
 * existing files are replaced safely: every new file is first made aside,
 * and only when all are there are they renamed over the old ones; a failure
 * before that leaves `to` as it was.
 */
export function placeFiles(from: string, to: string, files: readonly string[], { replace = false }: { replace?: boolean } = {}): void {
  makeFolders(to, files);
  if (!replace) {
    for (const file of files) linkOrCopy(path.join(from, file), path.join(to, file));
    return;
  }
  const aside = (file: string) => path.join(to, `${file}.backfile-new`);
  try {
    for (const file of files) linkOrCopy(path.join(from, file), aside(file));
  } catch (error) {
    for (const file of files) rmSync(aside(file), { force: true });
    throw error;
  }
  for (const file of files) renameSync(aside(file), path.join(to, file));
}

/** Move `files` of `from` into `to`, replacing what is there (rename within one file system). */
export function moveFiles(from: string, to: string, files: readonly string[]): void {
  makeFolders(to, files);
  for (const file of files) renameSync(path.join(from, file), path.join(to, file));
}

/** Delete `files` below `root`, then the folders they leave empty. */
export function removeFiles(root: string, files: readonly string[]): void {
  for (const file of files) rmSync(path.join(root, file), { force: true });
  const folders = [...new Set(files.map((file) => path.posix.dirname(file)))].sort((a, b) => b.length - a.length);
  const tried = new Set<string>();
  for (const start of folders) {
    for (let folder = start; folder !== "." && !tried.has(folder); folder = path.posix.dirname(folder)) {
      tried.add(folder);
      // A folder that still holds something stays, and so do its parents.
      try {
        rmdirSync(path.join(root, folder));
      } catch {
        break;
      }
    }
  }
}

/** Every file below `root`, site-relative with `/`, sorted. */
export function listFiles(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Delete a folder and everything in it. A site's tree of tens of thousands
 * of entries goes several times faster with the system's `rm -rf` than with
 * Node's own recursive removal.
 */
export async function removeTree(folder: string): Promise<void> {
  if (process.platform === "win32") {
    await rm(folder, { recursive: true, force: true });
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const child = spawn("rm", ["-rf", "--", folder], { stdio: "ignore" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Could not remove \`${folder}\` (rm exited with ${code}).`))));
  });
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      rmSync(target, { force: true });
      linkOrCopy(source, target);
    } else if (code === "EXDEV" || code === "EPERM" || code === "EMLINK") {
      copyFileSync(source, target);
    } else {
      throw error;
    }
  }
}
