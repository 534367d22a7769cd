import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";
import { afterAll, beforeAll } from "vitest";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run one of the project's commands (`src/cli/<name>.ts`) in its own process, as
 * `npm run` would: in the project's folder, typed in `typedIn` (default: the same).
 */
export function runCli(name: string, args: readonly string[], options: { typedIn?: string; env?: Record<string, string> } = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, "src/cli/launch.mjs"), name, ...args], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", INIT_CWD: options.typedIn ?? projectRoot, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export interface TemporaryFolder {
  path: string;
  remove: () => Promise<void>;
}

/** A temporary folder, removed by the returned cleanup. */
export async function temporaryFolder(prefix = "backfile-test-"): Promise<TemporaryFolder> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * A temporary folder for the tests of one `describe` block: made before its other
 * `beforeAll` hooks run (call this first), removed after every other `afterAll` hook.
 */
export function useTemporaryFolder(prefix?: string): { readonly path: string } {
  let folder: TemporaryFolder | undefined;
  beforeAll(async () => {
    folder = await temporaryFolder(prefix);
  });
  afterAll(async () => folder?.remove());
  return {
    get path(): string {
      if (folder === undefined) throw new Error("The temporary folder exists only while the block's tests run.");
      return folder.path;
    },
  };
}

/** Write files given as `{ "2015/10/x.md": "…" }` below `root`. */
export async function writeFiles(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
}

/** An article file from front-matter lines and a body. */
export function article(frontMatter: Record<string, string>, body = "Body of the story."): string {
  const lines = Object.entries(frontMatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n${body}\n`;
}

/** A minimal valid article. */
export function validArticle(title = "A valid story", date = "2015-10-13T14:05:00+03:00", extra: Record<string, string> = {}, body?: string): string {
  return article({ title: JSON.stringify(title), date, source: "LWS", dateline: "Damascus", ...extra }, body);
}

/** A built page, parsed with a real HTML parser. */
export async function loadPage(siteDir: string, url: string): Promise<CheerioAPI> {
  const file = path.join(siteDir, ...url.split("/").filter(Boolean).map(decodeURIComponent), "index.html");
  return load(await readFile(file, "utf8"));
}

/** Every file of a folder (relative path, `/`-separated) with a hash of its bytes, in path order. */
export async function hashFolder(folder: string): Promise<Map<string, string>> {
  const entries = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const hashes = new Map<string, string>();
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    hashes.set(path.relative(folder, absolute).split(path.sep).join("/"), createHash("sha256").update(await readFile(absolute)).digest("hex"));
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}
