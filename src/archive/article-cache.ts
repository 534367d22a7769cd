import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { fingerprint, folderOf } from "../cache/fingerprint.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { ArticleRecord } from "../content/load-article.ts";
import type { RenderedBody } from "../markdown/render-body.ts";

/** What the cache keeps of one article file. */
export interface CachedArticle {
  /** Hash of the whole file, of the code that validates it and of the rendering pipeline. */
  storyKey: string;
  record: Omit<ArticleRecord, "file" | "ref">;
  /** Hash of what the body renders from (body, dateline parts) and of the rendering pipeline. */
  renderKey: string;
  rendered: RenderedBody;
}

interface Pack {
  version: 1;
  articles: Record<string, CachedArticle>;
}

/** Packs articles are spread over: few files to read and write, small rewrites on an edit. */
const packCount = 1024;

/**
 * Validated and rendered articles of earlier builds, on disk. Each article path
 * (`2015/10/x`) belongs to one of 1,024 pack files, where its entry remembers
 * the hash of the file it was read from and the hash of the body it was
 * rendered from. An unchanged file is neither parsed nor rendered again; a file
 * whose front matter changed is parsed again but keeps its rendered body.
 * Packs hold only the articles of the last build, and a damaged pack is a miss.
 */
export class ArticleCache {
  readonly directory: string;
  readonly #packs = new Map<number, Pack>();
  readonly #changed = new Set<number>();

  private constructor(directory: string) {
    this.directory = directory;
  }

  /** Read every pack, and forget the articles that are not among `refs` any more. */
  static async open(directory: string, refs: readonly string[]): Promise<ArticleCache> {
    const cache = new ArticleCache(directory);
    const files = await readdir(directory).catch(() => []);
    const existing = files.map((file) => /^pack-(\d{4})\.json$/.exec(file)?.[1]).filter((index) => index !== undefined).map(Number);
    await pMap(
      existing,
      async (index) => {
        const pack = await readPack(cache.#pathOf(index));
        if (pack) cache.#packs.set(index, pack);
      },
      { concurrency: 32 },
    );
    // Articles gone from the content folder leave their packs at the next write.
    const present = new Set(refs);
    for (const [index, pack] of cache.#packs) {
      for (const ref of Object.keys(pack.articles)) {
        if (!present.has(ref)) {
          delete pack.articles[ref];
          cache.#changed.add(index);
        }
      }
    }
    return cache;
  }

  get(ref: string): CachedArticle | undefined {
    return this.#packs.get(packOf(ref))?.articles[ref];
  }

  /** Keep an article; one whose body failed to render is forgotten instead, so the next build tries again. */
  set(ref: string, article: CachedArticle): void {
    const index = packOf(ref);
    const pack = this.#packs.get(index) ?? { version: 1, articles: {} };
    if (article.rendered.failure) delete pack.articles[ref];
    else pack.articles[ref] = article;
    this.#packs.set(index, pack);
    this.#changed.add(index);
  }

  /** Write the packs that changed, each to a temporary name first; remove the ones left empty. */
  async flush(): Promise<number> {
    const changed = [...this.#changed];
    if (changed.length === 0) return 0;
    await mkdir(this.directory, { recursive: true });
    await pMap(
      changed,
      async (index) => {
        const target = this.#pathOf(index);
        const pack = this.#packs.get(index);
        if (!pack || Object.keys(pack.articles).length === 0) {
          await rm(target, { force: true });
          return;
        }
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(pack));
        await rename(temporary, target);
      },
      { concurrency: 16 },
    );
    this.#changed.clear();
    return changed.length;
  }

  #pathOf(index: number): string {
    return path.join(this.directory, `pack-${String(index).padStart(4, "0")}.json`);
  }
}

/** Everything a validated article depends on besides its file: loading code, libraries, site settings. */
export function loadingFingerprint(site: SiteConfig): string {
  return fingerprint({
    sources: [path.join(folderOf(import.meta.url), "../content"), path.join(folderOf(import.meta.url), "../config/site-schema.ts")],
    packages: ["yaml", "zod", "luxon"],
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

async function readPack(file: string): Promise<Pack | undefined> {
  try {
    const pack = JSON.parse(await readFile(file, "utf8")) as Partial<Pack>;
    return pack.version === 1 && typeof pack.articles === "object" && pack.articles !== null ? (pack as Pack) : undefined;
  } catch {
    return undefined;
  }
}
