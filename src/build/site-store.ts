import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Problem } from "../content/problems.ts";
import { listFiles, moveFiles, placeFiles, removeFiles, removeTree } from "../publishing/site-files.ts";
import type { ShardManifest } from "./shards.ts";
import type { BuiltSite } from "./build-site.ts";

/** One thing the build writes (a page, a search bundle, a picture's files, an asset): when it must be made again, and its files. */
export interface Output {
  /** Changes whenever anything the output shows changes. */
  fingerprint: string;
  /** Its files, relative to the site folder (`2015/10/13/x/index.html`). */
  files: string[];
}

/** Every output of a build, by id (a page's URL, `search:2015`, `media:3f2a1b9c0d4e`, `asset:style.css`). */
export type Outputs = Record<string, Output>;

interface Manifest {
  version: 1;
  /** The build's settings, code and share: another key's outputs are never reused. */
  key: string;
  /** Counts commits, so a published copy knows which state it holds. */
  generation: number;
  outputs: Outputs;
}

/**
 * Which state of the store a published folder holds, recognised by the folder's
 * identity on disk: its inode and birth time (a folder made again, even with a
 * reused inode, is another folder) and the last change to its own entries.
 */
type Published = Record<string, FolderIdentity & { generation: number }>;

interface FolderIdentity {
  dev: number;
  ino: number;
  birthtimeMs: number;
  mtimeMs: number;
}

/**
 * What the last successful build was made from and what it made: when the next
 * build has the same key and inputs and its reference time falls within
 * `from`–`until`, it would plan the same site, and publishes this one as it is.
 */
export interface LastBuild {
  key: string;
  /** The content's files, as `ArchivePipeline.inputsKey` names them; undefined when it could not say. */
  inputsKey: string | undefined;
  /** The reference time it was planned at, and until when that plan held (epoch ms). */
  from: number;
  until: number;
  /** The warnings the content had. */
  warnings: Problem[];
  site: Pick<BuiltSite, "articles" | "heldBack" | "planned">;
  /** A shard's manifest, written again into its folder. */
  shard: ShardManifest | undefined;
}

/** What one commit changed in the store's site, for publishing the same change elsewhere. */
export interface Change {
  generation: number;
  previousGeneration: number;
  /** Files written anew. */
  written: string[];
  /** Files no output has any more. */
  removed: string[];
}

/**
 * The last site a build made, kept in the cache: `site/` holds every file of
 * it, `manifest.json` every output's fingerprint and files. A build renders
 * only the outputs whose fingerprint changed into a staging folder, then
 * commits them here and publishes the change to the output folder: in place
 * when that folder is known to hold the previous state, else as a fresh copy
 * (hard links, no extra space) swapped in whole. While a commit runs the
 * manifest is absent, so an interrupted build is followed by a full one.
 */
export class SiteStore {
  readonly folder: string;
  #manifest: Manifest | undefined;

  private constructor(folder: string, manifest: Manifest | undefined) {
    this.folder = folder;
    this.#manifest = manifest;
  }

  static async open(folder: string): Promise<SiteStore> {
    return new SiteStore(folder, await readJson<Manifest>(path.join(folder, "manifest.json"), (value) => value.version === 1));
  }

  /** Which generation of the store `output` holds, when it is the very folder the store last published to. */
  async #publishedState(output: string): Promise<number | undefined> {
    const record = (await readJson<Published>(path.join(this.folder, "published.json"), () => true))?.[output];
    const identity = await identityOf(output);
    return record !== undefined && identity !== undefined && sameFolder(record, identity) ? record.generation : undefined;
  }

  /** Whether the site folder holds exactly the files the manifest names. */
  #holdsAll(present: readonly string[]): boolean {
    if (!this.#manifest) return false;
    const files = new Set(Object.values(this.#manifest.outputs).flatMap((output) => output.files));
    return present.length === files.size && present.every((file) => files.has(file));
  }

  get #site(): string {
    return path.join(this.folder, "site");
  }

  /**
   * The outputs the last build under `key` made, when a build publishing to
   * `outputDir` can rely on them: that folder holds them already, or the
   * store's site holds every file its manifest names. None otherwise (another
   * key, or a damaged store, which is then forgotten).
   */
  async reusable(key: string, outputDir: string): Promise<Outputs> {
    if (this.#manifest?.key !== key) return {};
    if ((await this.#publishedState(path.resolve(outputDir))) === this.#manifest.generation) return this.#manifest.outputs;
    if (this.#holdsAll(listFiles(this.#site))) return this.#manifest.outputs;
    await this.forget();
    return {};
  }

  /** Forget the last site: the next build makes every output again. */
  async forget(): Promise<void> {
    this.#manifest = undefined;
    await rm(path.join(this.folder, "manifest.json"), { force: true });
    await rm(path.join(this.folder, "last-build.json"), { force: true });
  }

  /** The record of the last successful build, if any. */
  lastBuild(): Promise<LastBuild | undefined> {
    return readJson<LastBuild>(
      path.join(this.folder, "last-build.json"),
      (record) => typeof record.key === "string" && typeof record.from === "number" && typeof record.site?.heldBack === "object",
    );
  }

  /** Record the build just made (see `LastBuild`); a plan that never holds (`until` ≤ `from`) is not recorded. */
  async recordLastBuild(record: LastBuild): Promise<void> {
    const file = path.join(this.folder, "last-build.json");
    if (record.inputsKey === undefined || !(record.until > record.from)) await rm(file, { force: true });
    // JSON has no infinity: a plan that time never changes holds until the largest date there is.
    else await writeAtomically(file, JSON.stringify({ ...record, until: Math.min(record.until, 8.64e15) }));
  }

  /** A fresh folder to render into, on the store's file system so its files can be moved in. */
  async stagingFolder(): Promise<string> {
    const staging = path.join(this.folder, `staging-${randomBytes(4).toString("hex")}`);
    await mkdir(staging, { recursive: true });
    return staging;
  }

  /**
   * Make `outputs` the store's site: move in the files staged for new or
   * changed outputs, delete those no output has any more, record the manifest.
   */
  async commit(key: string, outputs: Outputs, staging: string): Promise<Change> {
    const previousGeneration = this.#manifest?.generation ?? 0;
    const written = listFiles(staging);
    const kept = new Set(Object.values(outputs).flatMap((output) => output.files));
    // Files of the last build, whatever its key, that no output has any more.
    const removed = Object.values(this.#manifest?.outputs ?? {})
      .flatMap((output) => output.files)
      .filter((file) => !kept.has(file));
    const manifestFile = path.join(this.folder, "manifest.json");
    const known = this.#manifest !== undefined;
    await rm(manifestFile, { force: true });
    await rm(path.join(this.folder, "last-build.json"), { force: true });
    const siteExists = await stat(this.#site).then(
      () => true,
      () => false,
    );
    if (siteExists && !known) {
      // What is there is unknown (an interrupted commit): start again from the staged files.
      await removeTree(this.#site);
    }
    if (!siteExists || !known) {
      await rename(staging, this.#site);
    } else {
      moveFiles(staging, this.#site, written);
      removeFiles(this.#site, removed);
      await removeTree(staging);
    }
    this.#manifest = { version: 1, key, generation: previousGeneration + 1, outputs };
    await writeAtomically(manifestFile, JSON.stringify(this.#manifest));
    return { generation: this.#manifest.generation, previousGeneration, written, removed };
  }

  /**
   * Make `outputDir` hold the store's site. A folder that holds the state
   * before `change` gets only the change: new files linked in aside and renamed
   * over the old ones last, then removed files deleted. Any other folder is
   * replaced whole by a copy made next to it, so a failure leaves it as it was.
   */
  async publish(outputDir: string, change: Change | undefined): Promise<"in place" | "replaced"> {
    const output = path.resolve(outputDir);
    const generation = this.#manifest?.generation ?? 0;
    const publishedFile = path.join(this.folder, "published.json");
    const published = (await readJson<Published>(publishedFile, () => true)) ?? {};
    const holding = await this.#publishedState(output);
    let how: "in place" | "replaced";
    if (holding === generation) {
      how = "in place";
    } else if (holding !== undefined && change !== undefined && holding === change.previousGeneration) {
      delete published[output];
      await writeAtomically(publishedFile, JSON.stringify(published));
      placeFiles(this.#site, output, change.written, { replace: true });
      removeFiles(output, change.removed);
      how = "in place";
    } else {
      const files = listFiles(this.#site);
      if (!this.#holdsAll(files)) throw new SiteStoreDamaged(this.folder);
      const copy = `${output}.partial-${randomBytes(4).toString("hex")}`;
      try {
        placeFiles(this.#site, copy, files);
        await swapInto(copy, output);
      } catch (error) {
        await removeTree(copy);
        throw error;
      }
      how = "replaced";
    }
    published[output] = { ...((await identityOf(output)) as FolderIdentity), generation };
    await writeAtomically(publishedFile, JSON.stringify(published));
    return how;
  }
}

/** The cache's copy of the site is not what its manifest says: it cannot be published. */
export class SiteStoreDamaged extends Error {
  constructor(folder: string) {
    super(`The copy of the last site in \`${folder}\` does not match its manifest.`);
    this.name = "SiteStoreDamaged";
  }
}

async function identityOf(folder: string): Promise<FolderIdentity | undefined> {
  const stats = await stat(folder).catch(() => undefined);
  return stats && { dev: stats.dev, ino: stats.ino, birthtimeMs: stats.birthtimeMs, mtimeMs: stats.mtimeMs };
}

function sameFolder(a: FolderIdentity, b: FolderIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.birthtimeMs === b.birthtimeMs && a.mtimeMs === b.mtimeMs;
}

/** Replace `output` with `staging`; the old folder is moved aside first, then removed. */
export async function swapInto(staging: string, output: string): Promise<void> {
  const exists = await stat(output).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await rename(staging, output);
    return;
  }
  const retired = `${output}.old-${randomBytes(4).toString("hex")}`;
  await rename(output, retired);
  await rename(staging, output);
  await removeTree(retired);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** A JSON file that passes `valid`, or undefined when it is missing or damaged. */
async function readJson<Value>(file: string, valid: (value: Value) => boolean): Promise<Value | undefined> {
  try {
    const value = JSON.parse(await readFile(file, "utf8")) as Value;
    return typeof value === "object" && value !== null && valid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
