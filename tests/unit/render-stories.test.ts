import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { RenderInput } from "../../src/markdown/render-body.ts";
import { renderStories } from "../../src/markdown/render-stories.ts";
import { temporaryFolder } from "../helpers/project.ts";

const base = { siteUrl: "https://archive.example.org", timeZone: "Asia/Damascus" };
const stories = (count: number, tag = ""): RenderInput[] =>
  Array.from({ length: count }, (_, index) => ({ body: `Story ${index}${tag} with **bold** text.\n` }));

describe("renderStories", () => {
  let folder: { path: string; remove: () => Promise<void> };
  beforeEach(async () => (folder = await temporaryFolder()));
  afterEach(async () => folder.remove());

  it("renders once, then serves every story from the cache", async () => {
    const cacheDir = path.join(folder.path, "cache");
    const first = await renderStories(stories(5), { ...base, cacheDir });
    expect(first.stats).toMatchObject({ cached: 0, rendered: 5 });
    const second = await renderStories(stories(5), { ...base, cacheDir });
    expect(second.stats).toMatchObject({ cached: 5, rendered: 0 });
    expect(second.results).toEqual(first.results);
    expect(second.results[3]?.html).toBe("<p>Story 3 with <strong>bold</strong> text.</p>\n");
  });

  it("renders again only the story that changed", async () => {
    const cacheDir = path.join(folder.path, "cache");
    await renderStories(stories(4), { ...base, cacheDir });
    const changed = stories(4);
    changed[2] = { body: "Edited story.\n" };
    const { stats, results } = await renderStories(changed, { ...base, cacheDir });
    expect(stats).toMatchObject({ cached: 3, rendered: 1 });
    expect(results[2]?.html).toBe("<p>Edited story.</p>\n");
  });

  it("treats a different dateline or pipeline option as a different story", async () => {
    const cacheDir = path.join(folder.path, "cache");
    const input = { body: "Text.\n", dateline: { place: "Homs", date: "2016-03-05T12:00:00+02:00", source: "LWS", lang: "en" } };
    await renderStories([input], { ...base, cacheDir });
    const moved = await renderStories([{ ...input, dateline: { ...input.dateline, place: "Hama" } }], { ...base, cacheDir });
    expect(moved.stats.rendered).toBe(1);
    const otherZone = await renderStories([input], { ...base, timeZone: "UTC", cacheDir });
    expect(otherZone.stats.rendered).toBe(1);
  });

  it("ignores a damaged cache entry and renders the story again", async () => {
    const cacheDir = path.join(folder.path, "cache");
    await renderStories(stories(1), { ...base, cacheDir });
    const [shard] = await readdir(cacheDir);
    const [entry] = await readdir(path.join(cacheDir, shard as string));
    const file = path.join(cacheDir, shard as string, entry as string);
    await writeFile(file, (await readFile(file, "utf8")).slice(0, 10));
    const again = await renderStories(stories(1), { ...base, cacheDir });
    expect(again.stats.rendered).toBe(1);
    expect(again.results[0]?.html).toContain("<strong>bold</strong>");
  });

  it("renders on worker threads with the same result as the main thread", async () => {
    const many = stories(120, " threaded");
    const onMain = await renderStories(many, { ...base, workers: 1 });
    const onWorkers = await renderStories(many, { ...base, workers: 2, workerThreshold: 1 });
    expect(onWorkers.stats.threads).toBe(2);
    expect(onWorkers.results).toEqual(onMain.results);
  });

  it("works without a cache", async () => {
    const { stats } = await renderStories(stories(2), base);
    expect(stats).toMatchObject({ cached: 0, rendered: 2 });
    await rm(path.join(folder.path, "cache"), { recursive: true, force: true });
  });
});
