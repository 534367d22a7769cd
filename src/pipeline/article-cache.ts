import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { fingerprint } from "../cache/fingerprint.ts";
import { projectRoot } from "../runtime.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { ArticleRecord } from "../content/load-article.ts";
import type { Problem } from "../content/problems.ts";
import type { StoryFacts } from "../markdown/render-body.ts";

/** What the cache keeps of one article file, besides its HTML. */
export interface CachedArticle {
  /** Hash of the whole file, of the code that validates it and of the rendering pipeline. */
  storyKey: string;
  record: Omit<ArticleRecord, "file" | "ref">;
  /** Warnings the file was validated with: reported again while it is unchanged. */
  warnings: Problem[];
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
 * Validated and rendered articles of earlier builds, on disk. Each article path
 * (`2015/10/x`) belongs to one of 1,024 packs. Its record pack (`records/`)
 * remembers the hash of the file it was read from, the validated front matter
 * and what rendering found (excerpt, word count); its body pack (`bodies/`)
 * keeps the HTML with the hash of the body it was rendered from. Records are
 * read whole when the cache opens; bodies only when a page that shows them is
 * drawn, so a build that draws few pages reads few bodies. Packs hold only the
 * articles of the last build, and a damaged pack is a miss.
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

  private constructor(directory: string, present: ReadonlySet<string>) {
    this.directory = directory;
    this.#present = present;
  }

  /** Read every record pack, and forget the articles that are not among `refs` any more. */
  static async open(directory: string, refs: readonly string[]): Promise<ArticleCache> {
    const present = new Set(refs);
    const cache = new ArticleCache(directory, present);
    const records = path.join(directory, "records");
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
    return cache;
  }

  get(ref: string): CachedArticle | undefined {
    return this.#records.get(packOf(ref))?.entries[ref];
  }

  /** Remember an article's record, and its HTML when it was rendered anew. */
  set(ref: string, article: CachedArticle, html?: string): void {
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

async function readPack<Entry>(file: string): Promise<Pack<Entry> | undefined> {
  try {
    const pack = JSON.parse(await readFile(file, "utf8")) as Partial<Pack<Entry>>;
    return pack.version === 2 && typeof pack.entries === "object" && pack.entries !== null ? (pack as Pack<Entry>) : undefined;
  } catch {
    return undefined;
  }
}
