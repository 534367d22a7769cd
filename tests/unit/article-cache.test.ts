import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleCache, type CachedArticle, loadingFingerprint, storyKey } from "../../src/pipeline/article-cache.ts";
import { type TemporaryFolder, temporaryFolder } from "../helpers/project.ts";
import { testSite } from "./archive-helpers.ts";

const entry = (title: string): CachedArticle => ({
  storyKey: `story-${title}`,
  renderKey: `render-${title}`,
  record: { fields: { title, date: "2015-10-13T14:05:00+03:00", source: "LWS", byline: [], topics: [], lang: "en", related: [], draft: false, translations: [], corrections: [], aliases: [] }, bodyLine: 6, lines: {} },
  facts: { excerpt: title, excerptLine: 1, wordCount: 1, rawHtmlLines: [], pictures: [] },
});

/** The cache of `refs`, records read. */
async function open(folder: string, refs: readonly string[]): Promise<ArticleCache> {
  const cache = await ArticleCache.open(folder, refs);
  await cache.loadRecords();
  return cache;
}

/** Every article reference kept in the cache's packs of one kind. */
async function packed(folder: string, kind: "records" | "bodies"): Promise<string[]> {
  const directory = path.join(folder, kind);
  const packs = await readdir(directory);
  const entries = await Promise.all(packs.map(async (pack) => Object.keys((JSON.parse(await readFile(path.join(directory, pack), "utf8")) as { entries: object }).entries)));
  return entries.flat().sort();
}

describe("ArticleCache", () => {
  let folder: TemporaryFolder;
  beforeEach(async () => (folder = await temporaryFolder()));
  afterEach(async () => folder.remove());

  it("keeps records and bodies across builds, in a bounded number of packs", async () => {
    const refs = Array.from({ length: 300 }, (_, index) => `2015/10/a-${index}`);
    const first = await open(folder.path, refs);
    for (const ref of refs) first.set(ref, entry(ref), `<p>${ref}</p>\n`);
    const written = await first.flush();
    expect(written).toBeLessThanOrEqual(300);
    expect((await readdir(path.join(folder.path, "records"))).length).toBe(written);
    const second = await open(folder.path, refs);
    expect(second.get("2015/10/a-7")).toEqual(entry("2015/10/a-7"));
    expect(await second.body("2015/10/a-7", "render-2015/10/a-7")).toBe("<p>2015/10/a-7</p>\n");
    expect(await second.flush()).toBe(0);
  });

  it("gives a body only for the render key it was made under", async () => {
    const cache = await open(folder.path, ["a"]);
    cache.set("a", entry("a"), "<p>a</p>\n");
    await cache.flush();
    const reopened = await open(folder.path, ["a"]);
    expect(await reopened.body("a", "render-a")).toBe("<p>a</p>\n");
    expect(await reopened.body("a", "another pipeline")).toBeUndefined();
  });

  it("drops articles that are gone, with their bodies", async () => {
    const first = await open(folder.path, ["a", "b"]);
    first.set("a", entry("a"), "<p>a</p>\n");
    first.set("b", entry("b"), "<p>b</p>\n");
    await first.flush();
    const second = await open(folder.path, ["a"]);
    expect(await second.flush()).toBeGreaterThan(0);
    expect(await packed(folder.path, "records")).toEqual(["a"]);
    expect(await packed(folder.path, "bodies")).toEqual(["a"]);
  });

  it("treats a damaged pack as empty", async () => {
    const first = await open(folder.path, ["a"]);
    first.set("a", entry("a"), "<p>a</p>\n");
    await first.flush();
    for (const kind of ["records", "bodies"]) {
      const [pack] = await readdir(path.join(folder.path, kind));
      await writeFile(path.join(folder.path, kind, pack as string), "{ half a pa");
    }
    const second = await open(folder.path, ["a"]);
    expect(second.get("a")).toBeUndefined();
    expect(await second.body("a", "render-a")).toBeUndefined();
  });
});

describe("storyKey", () => {
  it("depends on the text and on the loading code and site settings", () => {
    const fingerprint = loadingFingerprint(testSite);
    expect(storyKey(fingerprint, "x")).toBe(storyKey(loadingFingerprint(testSite), "x"));
    expect(storyKey(fingerprint, "y")).not.toBe(storyKey(fingerprint, "x"));
    expect(loadingFingerprint({ ...testSite, timeZone: "UTC" })).not.toBe(fingerprint);
  });
});
