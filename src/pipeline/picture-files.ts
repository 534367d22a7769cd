import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import type { PictureFile } from "../archive/pictures.ts";
import type { ContentEntry, FileStamp } from "../content/read-content.ts";

/** A picture read, or why it could not be. */
export type ReadPicture = { ok: true; file: PictureFile } | { ok: false; reason: string };

interface Remembered {
  version: 1;
  /** By path under the content folder: how the file stood, and what was read of it. */
  files: Record<string, [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string, width: number, height: number]>;
}

/** Within this much of the listing, a file's time stamps are not trusted to show a change. */
const racyMs = 1000;

/**
 * Reads the pictures of the content folder: the hash of each one's bytes and
 * its size as shown. What was read is remembered (in `pictures.json` of the
 * cache) with how the file stood, so an unchanged picture is not read again.
 */
export class PictureReader {
  readonly #file: string | undefined;
  #remembered: Remembered = { version: 1, files: {} };
  #loaded = false;
  #changed = false;

  /** `cacheDir`: where to remember what was read; nothing is remembered without one. */
  constructor(cacheDir: string | undefined) {
    this.#file = cacheDir === undefined ? undefined : path.join(cacheDir, "pictures.json");
  }

  /** Read the pictures `entries` name (listed at `listedAt`), each once. */
  async read(entries: readonly ContentEntry[], listedAt: number): Promise<Map<string, ReadPicture>> {
    await this.#load();
    const read = new Map<string, ReadPicture>();
    const unread: ContentEntry[] = [];
    for (const entry of entries) {
      const known = this.#remembered.files[entry.ref];
      if (known && sameStamp(known, entry.stamp) && listedAt - entry.stamp.mtimeMs > racyMs) {
        read.set(entry.ref, { ok: true, file: { path: entry.ref, hash: known[4], width: known[5], height: known[6] } });
      } else {
        unread.push(entry);
      }
    }
    if (unread.length === 0) return read;
    // Measuring a picture loads sharp: only when a picture is new or changed.
    const { default: sharp } = await import("sharp");
    await pMap(
      unread,
      async (entry) => {
        const result = await readOne(entry, sharp);
        read.set(entry.ref, result);
        if (result.ok) {
          const { size, mtimeMs, ctimeMs, ino } = entry.stamp;
          this.#remembered.files[entry.ref] = [size, mtimeMs, ctimeMs, ino, result.file.hash, result.file.width, result.file.height];
          this.#changed = true;
        }
      },
      { concurrency: 8 },
    );
    return read;
  }

  /** Keep only the pictures of `present` in memory, and write what was read to the cache. */
  async flush(present: ReadonlySet<string>): Promise<void> {
    for (const known of Object.keys(this.#remembered.files)) {
      if (!present.has(known)) {
        delete this.#remembered.files[known];
        this.#changed = true;
      }
    }
    if (!this.#file || !this.#changed) return;
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(this.#remembered));
    await rename(temporary, this.#file);
    this.#changed = false;
  }

  async #load(): Promise<void> {
    if (this.#loaded || !this.#file) return;
    this.#loaded = true;
    try {
      const remembered = JSON.parse(await readFile(this.#file, "utf8")) as Remembered;
      if (remembered.version === 1 && typeof remembered.files === "object" && remembered.files !== null) this.#remembered = remembered;
    } catch {
      // Nothing remembered yet, or a damaged file: every picture is read.
    }
  }
}

async function readOne(entry: ContentEntry, sharp: typeof import("sharp")): Promise<ReadPicture> {
  let bytes: Buffer;
  try {
    bytes = await readFile(entry.absolute);
  } catch (error) {
    return { ok: false, reason: `${error instanceof Error ? error.message : String(error)}.` };
  }
  try {
    const metadata = await sharp(bytes).metadata();
    const { width, height, orientation, format } = metadata;
    if (width === undefined || height === undefined || !["jpeg", "png", "webp", "heif", "gif", "tiff"].includes(format ?? "")) {
      return { ok: false, reason: `it is not a picture the site publishes${format ? ` (${format})` : ""}.` };
    }
    // EXIF orientations 5 to 8 turn the picture a quarter: it shows as tall as it is stored wide.
    const turned = orientation !== undefined && orientation >= 5 && orientation <= 8;
    const hash = createHash("sha256").update(bytes).digest("hex");
    return { ok: true, file: { path: entry.ref, hash, width: turned ? height : width, height: turned ? width : height } };
  } catch (error) {
    return { ok: false, reason: `it is damaged or not a picture (${error instanceof Error ? error.message.replace(/\.$/, "") : String(error)}).` };
  }
}

function sameStamp(known: Remembered["files"][string], stamp: FileStamp): boolean {
  return known[0] === stamp.size && known[1] === stamp.mtimeMs && known[2] === stamp.ctimeMs && known[3] === stamp.ino;
}
