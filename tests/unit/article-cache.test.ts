import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ArticleCache, type CachedArticle, loadingFingerprint, storyKey } from "../../src/archive/article-cache.ts";
import { type TemporaryFolder, temporaryFolder } from "../helpers/project.ts";
import { testSite } from "./archive-helpers.ts";

const entry = (title: string): CachedArticle => ({
  storyKey: `story-${title}`,
  renderKey: `render-${title}`,
  record: { fields: { title, date: "2015-10-13T14:05:00+03:00", source: "LWS", byline: [], topics: [], lang: "en", related: [], draft: false, translations: [], corrections: [], aliases: [] }, bodyLine: 6, lines: {} },
  rendered: { html: `<p>${title}</p>\n`, excerpt: title, excerptLine: 1, wordCount: 1, rawHtmlLines: [] },
});

describe("ArticleCache", () => {
  let folder: TemporaryFolder;
  beforeEach(async () => (folder = await temporaryFolder()));
  afterEach(async () => folder.remove());

  it("keeps entries across builds, in a bounded number of packs", async () => {
    const refs = Array.from({ length: 300 }, (_, index) => `2015/10/a-${index}`);
    const first = await ArticleCache.open(folder.path, refs);
    for (const ref of refs) first.set(ref, entry(ref));
    const written = await first.flush();
    expect(written).toBeLessThanOrEqual(300);
    expect((await readdir(folder.path)).length).toBe(written);
    const second = await ArticleCache.open(folder.path, refs);
    expect(second.get("2015/10/a-7")).toEqual(entry("2015/10/a-7"));
    expect(await second.flush()).toBe(0);
  });

  it("drops articles that are gone", async () => {
    const first = await ArticleCache.open(folder.path, ["a", "b"]);
    first.set("a", entry("a"));
    first.set("b", entry("b"));
    await first.flush();
    const second = await ArticleCache.open(folder.path, ["a"]);
    expect(await second.flush()).toBeGreaterThan(0);
    const packs = await Promise.all((await readdir(folder.path)).map(async (file) => JSON.parse(await readFile(path.join(folder.path, file), "utf8")) as { articles: object }));
    expect(packs.flatMap((pack) => Object.keys(pack.articles))).toEqual(["a"]);
  });

  it("treats a damaged pack as empty", async () => {
    const first = await ArticleCache.open(folder.path, ["a"]);
    first.set("a", entry("a"));
    await first.flush();
    const [pack] = await readdir(folder.path);
    await writeFile(path.join(folder.path, pack as string), "{ half a pa");
    const second = await ArticleCache.open(folder.path, ["a"]);
    expect(second.get("a")).toBeUndefined();
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
