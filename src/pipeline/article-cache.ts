import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { fingerprint } from "../cache/fingerprint.ts";
import { projectRoot } from "../runtime.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { ArticleRecord } from "../content/load-article.ts";
import type { FileStamp } from "../content/read-content.ts";
import type { StoryFacts } from "../markdown/render-body.ts";

/** What the cache keeps of one article file, besides its HTML. */
export interface CachedArticle {
  /** Hash of the whole file, of the code that validates it and of the rendering pipeline. */
  storyKey: string;
  record: Omit<ArticleRecord, "file" | "ref">;
  /** Hash of what the body renders from (body, dateline parts) and of the rendering pipeline. */
  renderKey: string;
  facts: StoryFacts;
}

/** A rendered body, with the render key it was made under. */
interface CachedBody {
  renderKey: string;
  html: string;
}

interface Pack<Entry> {
  version: 2;
  entries: Record<string, Entry>;
}

/** Packs articles are spread over: few files to read and write, small rewrites on an edit. */
const packCount = 1024;

/**
 * How each file stood when it was last read, and the revision it had: a file
 * that still stands so need not be read again. Kept for one loading
 * fingerprint; a file changed within a second of the listing is read anyway,
 * as its time stamps may not show a change made in the same instant.
 */
interface FileStamps {
  version: 1;
  loading: string;
  /** When the listing these stamps come from began (epoch ms). */
  listedAt: number;
  files: Record<string, [size: number, mtimeMs: number, ctimeMs: number, ino: number, revision: string]>;
}

/** Within this much of the listing, a file's time stamps are not trusted to show a change. */
const racyMs = 1000;

/**
 * Validated and rendered articles of earlier builds, on disk. Each article path
 * (`2015/10/x`) belongs to one of 1,024 packs. Its record pack (`records/`)
 * remembers the hash of the file it was read from, the validated front matter
 * and what rendering found (excerpt, word count); its body pack (`bodies/`)
 * keeps the HTML with the hash of the body it was rendered from; `files.json`
 * how each file stood when it was read. Records are read whole before stories
 * are loaded; bodies only when a page that shows them is drawn, so a build that
 * draws few pages reads few bodies. Packs hold only the articles of the last
 * build, and a damaged pack is a miss.
 */
export class ArticleCache {
  readonly directory: string;
  readonly #records = new Map<number, Pack<CachedArticle>>();
  readonly #changedRecords = new Set<number>();
  /** Body packs read so far, and bodies set since the last flush, by pack. */
  readonly #bodies = new Map<number, Promise<Pack<CachedBody>>>();
  readonly #newBodies = new Map<number, Map<string, CachedBody>>();
  /** Body packs that lost articles when the cache opened. */
  readonly #prunedBodies = new Set<number>();
  readonly #present: ReadonlySet<string>;
  #stamps: FileStamps | undefined;
  #newStamps: FileStamps | undefined;
  #recordsLoaded = false;

  private constructor(directory: string, present: ReadonlySet<string>) {
    this.directory = directory;
    this.#present = present;
  }

  /**
   * Open the cache of the articles at `refs` (the content folder's now), reading
   * only what tells whether files changed; see `loadRecords`.
   */
  static async open(directory: string, refs: readonly string[]): Promise<ArticleCache> {
    const cache = new ArticleCache(directory, new Set(refs));
    cache.#stamps = await readStamps(path.join(directory, "files.json"));
    return cache;
  }

  /** Read every record pack, and forget the articles that are not among the refs any more. */
  async loadRecords(): Promise<void> {
    if (this.#recordsLoaded) return;
    this.#recordsLoaded = true;
    const present = this.#present;
    const cache = this;
    const records = path.join(this.directory, "records");
    const files = await readdir(records).catch(() => []);
    const existing = files.map((file) => /^pack-(\d{4})\.json$/.exec(file)?.[1]).filter((index) => index !== undefined).map(Number);
    await pMap(
      existing,
      async (index) => {
        const pack = await readPack<CachedArticle>(cache.#pathOf("records", index));
        if (pack) cache.#records.set(index, pack);
      },
      { concurrency: 32 },
    );
    // Articles gone from the content folder leave their packs at the next write.
    for (const [index, pack] of cache.#records) {
      for (const ref of Object.keys(pack.entries)) {
        if (!present.has(ref)) {
          delete pack.entries[ref];
          cache.#changedRecords.add(index);
          cache.#prunedBodies.add(index);
        }
      }
    }
  }

  /** The revision of a file as last read, when it provably has not changed since (same stamp, same loading code). */
  revisionOf(ref: string, stamp: FileStamp, loading: string): string | undefined {
    const stamps = this.#stamps;
    const known = stamps?.loading === loading ? stamps.files[ref] : undefined;
    if (!known || !stamps) return undefined;
    const [size, mtimeMs, ctimeMs, ino, revision] = known;
    const settled = Math.max(stamp.mtimeMs, stamp.ctimeMs) < stamps.listedAt - racyMs;
    return settled && size === stamp.size && mtimeMs === stamp.mtimeMs && ctimeMs === stamp.ctimeMs && ino === stamp.ino ? revision : undefined;
  }

  /** Remember how the files of a listing that began at `listedAt` stood, with their revisions, for the next build. */
  rememberFiles(loading: string, listedAt: number, files: Iterable<{ ref: string; stamp: FileStamp; revision: string }>): void {
    const stamps: FileStamps = { version: 1, loading, listedAt, files: {} };
    for (const { ref, stamp, revision } of files) stamps.files[ref] = [stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, revision];
    this.#newStamps = stamps;
  }

  /** The record of an article (once `loadRecords` has run). */
  get(ref: string): CachedArticle | undefined {
    this.#requireRecords();
    return this.#records.get(packOf(ref))?.entries[ref];
  }

  /** Remember an article's record, and its HTML when it was rendered anew. */
  set(ref: string, article: CachedArticle, html?: string): void {
    this.#requireRecords();
    const index = packOf(ref);
    const pack = this.#records.get(index) ?? { version: 2, entries: {} };
    pack.entries[ref] = article;
    this.#records.set(index, pack);
    this.#changedRecords.add(index);
    if (html !== undefined) {
      const bodies = this.#newBodies.get(index) ?? new Map<string, CachedBody>();
      bodies.set(ref, { renderKey: article.renderKey, html });
      this.#newBodies.set(index, bodies);
    }
  }

  /** The cached HTML of an article rendered under `renderKey`, or undefined. */
  async body(ref: string, renderKey: string): Promise<string | undefined> {
    const index = packOf(ref);
    const fresh = this.#newBodies.get(index)?.get(ref);
    if (fresh?.renderKey === renderKey) return fresh.html;
    const pack = await this.#bodyPack(index);
    const cached = pack.entries[ref];
    return cached?.renderKey === renderKey ? cached.html : undefined;
  }

  /**
   * Write the packs that changed, each to a temporary name first, and remove
   * the ones left empty. Returns how many record packs were written.
   */
  async flush(): Promise<number> {
    const records = [...this.#changedRecords];
    const bodies = [...new Set([...this.#newBodies.keys(), ...this.#prunedBodies])];
    if (this.#newStamps) {
      await mkdir(this.directory, { recursive: true });
      const file = path.join(this.directory, "files.json");
      await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(this.#newStamps));
      await rename(`${file}.${process.pid}.tmp`, file);
      this.#stamps = this.#newStamps;
      this.#newStamps = undefined;
    }
    if (records.length + bodies.length === 0) return 0;
    await mkdir(path.join(this.directory, "records"), { recursive: true });
    await mkdir(path.join(this.directory, "bodies"), { recursive: true });
    await pMap(records, (index) => this.#write("records", index, this.#records.get(index)), { concurrency: 16 });
    await pMap(
      bodies,
      async (index) => {
        const pack = await this.#bodyPack(index);
        for (const [ref, body] of this.#newBodies.get(index) ?? []) pack.entries[ref] = body;
        for (const ref of Object.keys(pack.entries)) if (!this.#present.has(ref)) delete pack.entries[ref];
        await this.#write("bodies", index, pack);
      },
      { concurrency: 16 },
    );
    this.#changedRecords.clear();
    this.#newBodies.clear();
    this.#prunedBodies.clear();
    return records.length;
  }

  #requireRecords(): void {
    if (!this.#recordsLoaded) throw new Error("The article cache's records are read with loadRecords() before they are used.");
  }

  #bodyPack(index: number): Promise<Pack<CachedBody>> {
    let pack = this.#bodies.get(index);
    if (!pack) {
      pack = readPack<CachedBody>(this.#pathOf("bodies", index)).then((read) => read ?? { version: 2, entries: {} });
      this.#bodies.set(index, pack);
    }
    return pack;
  }

  async #write(kind: "records" | "bodies", index: number, pack: Pack<unknown> | undefined): Promise<void> {
    const target = this.#pathOf(kind, index);
    if (!pack || Object.keys(pack.entries).length === 0) {
      await rm(target, { force: true });
      return;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(pack));
    await rename(temporary, target);
  }

  #pathOf(kind: "records" | "bodies", index: number): string {
    return path.join(this.directory, kind, `pack-${String(index).padStart(4, "0")}.json`);
  }
}

/** Everything a validated article depends on besides its file: loading code, libraries, site settings. */
export function loadingFingerprint(site: SiteConfig): string {
  return fingerprint({
    sources: [path.join(projectRoot, "src/content"), path.join(projectRoot, "src/config/site-schema.ts")],
    packages: ["gray-matter", "yaml", "zod", "luxon"],
    options: { timeZone: site.timeZone, language: site.language },
  });
}

/** Hash of a file's text under a loading fingerprint. */
export function storyKey(loadingFingerprintHex: string, text: string): string {
  return createHash("sha256").update(loadingFingerprintHex).update("\0").update(text).digest("hex");
}

function packOf(ref: string): number {
  return Number.parseInt(createHash("sha256").update(ref).digest("hex").slice(0, 6), 16) % packCount;
}

async function readStamps(file: string): Promise<FileStamps | undefined> {
  try {
    const stamps = JSON.parse(await readFile(file, "utf8")) as Partial<FileStamps>;
    return stamps.version === 1 && typeof stamps.files === "object" && stamps.files !== null ? (stamps as FileStamps) : undefined;
  } catch {
    return undefined;
  }
}

async function readPack<Entry>(file: string): Promise<Pack<Entry> | undefined> {
  try {
    const pack = JSON.parse(await readFile(file, "utf8")) as Partial<Pack<Entry>>;
    return pack.version === 2 && typeof pack.entries === "object" && pack.entries !== null ? (pack as Pack<Entry>) : undefined;
  } catch {
    return undefined;
  }
}
