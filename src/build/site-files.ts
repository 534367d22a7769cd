import { copyFile, link, mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";

/** File operations run at once: enough to keep the file system busy, far below any open-file limit. */
const concurrency = 64;

/**
 * Make the parent folder of every file (site-relative, `/`-separated) below
 * `root`, each folder once, parents first: far cheaper than a recursive mkdir
 * per file across tens of thousands of pages.
 */
export async function makeFolders(root: string, files: Iterable<string>): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = path.posix.dirname(file); folder !== "." && !folders.has(folder); folder = path.posix.dirname(folder)) folders.add(folder);
  }
  await mkdir(root, { recursive: true });
  const byDepth = new Map<number, string[]>();
  for (const folder of folders) {
    const depth = folder.split("/").length;
    const level = byDepth.get(depth);
    if (level) level.push(folder);
    else byDepth.set(depth, [folder]);
  }
  for (const depth of [...byDepth.keys()].sort((a, b) => a - b)) {
    await pMap(byDepth.get(depth) ?? [], (folder) => mkdir(path.join(root, folder)).catch(ignoreExisting), { concurrency });
  }
}

/**
 * Put `files` of `from` into `to` under the same names, as hard links (no
 * copy, no extra space) or, across file systems, as copies. With `replace`,
 * existing files are replaced safely: every new file is first made aside,
 * and only when all are there are they renamed over the old ones; a failure
 * before that leaves `to` as it was.
 */
export async function placeFiles(from: string, to: string, files: readonly string[], { replace = false }: { replace?: boolean } = {}): Promise<void> {
  await makeFolders(to, files);
  if (!replace) {
    await pMap(files, (file) => linkOrCopy(path.join(from, file), path.join(to, file)), { concurrency });
    return;
  }
  const aside = (file: string) => path.join(to, `${file}.backfile-new`);
  try {
    await pMap(files, (file) => linkOrCopy(path.join(from, file), aside(file)), { concurrency });
  } catch (error) {
    await pMap(files, (file) => rm(aside(file), { force: true }), { concurrency });
    throw error;
  }
  await pMap(files, (file) => rename(aside(file), path.join(to, file)), { concurrency });
}

/** Move `files` of `from` into `to`, replacing what is there (rename within one file system). */
export async function moveFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  await makeFolders(to, files);
  await pMap(files, (file) => rename(path.join(from, file), path.join(to, file)), { concurrency });
}

/** Delete `files` below `root`, then the folders they leave empty. */
export async function removeFiles(root: string, files: readonly string[]): Promise<void> {
  await pMap(files, (file) => rm(path.join(root, file), { force: true }), { concurrency });
  const folders = [...new Set(files.map((file) => path.posix.dirname(file)))].sort((a, b) => b.length - a.length);
  const tried = new Set<string>();
  for (const start of folders) {
    for (let folder = start; folder !== "." && !tried.has(folder); folder = path.posix.dirname(folder)) {
      tried.add(folder);
      // A folder that still holds something stays, and so do its parents.
      const removed = await rmdir(path.join(root, folder)).then(
        () => true,
        () => false,
      );
      if (!removed) break;
    }
  }
}

/** Every file below `root`, site-relative with `/`, sorted. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") {
      await rm(target, { force: true });
      await linkOrCopy(source, target);
    } else if (code === "EXDEV" || code === "EPERM" || code === "EMLINK") {
      await copyFile(source, target);
    } else {
      throw error;
    }
  }
}

function ignoreExisting(error: NodeJS.ErrnoException): void {
  if (error.code !== "EEXIST") throw error;
}
