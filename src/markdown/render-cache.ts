import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RenderedBody } from "./render-body.ts";

/**
 * Rendered stories on disk, one JSON file per content hash, so an unchanged
 * story is never rendered twice across builds. Safe to delete at any time.
 * An entry cut short (a crash, two builds writing at once) fails to parse and
 * counts as a miss, so entries are written in place, without a rename.
 */
export class RenderCache {
  readonly directory: string;
  readonly #folders = new Map<string, Promise<unknown>>();

  constructor(directory: string) {
    this.directory = directory;
  }

  /** The cached render for `key`, or undefined when absent or unreadable. */
  async read(key: string): Promise<RenderedBody | undefined> {
    try {
      const entry = JSON.parse(await readFile(this.#pathOf(key), "utf8")) as Partial<RenderedBody>;
      return isRenderedBody(entry) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async write(key: string, value: RenderedBody): Promise<void> {
    const target = this.#pathOf(key);
    const folder = path.dirname(target);
    let created = this.#folders.get(folder);
    if (!created) this.#folders.set(folder, (created = mkdir(folder, { recursive: true })));
    await created;
    await writeFile(target, JSON.stringify(value));
  }

  #pathOf(key: string): string {
    return path.join(this.directory, key.slice(0, 2), `${key}.json`);
  }
}

function isRenderedBody(entry: Partial<RenderedBody>): entry is RenderedBody {
  return (
    typeof entry.html === "string" &&
    typeof entry.excerpt === "string" &&
    typeof entry.wordCount === "number" &&
    Array.isArray(entry.rawHtmlLines)
  );
}
