import { describe, expect, it } from "vitest";
import type { RenderInput } from "../../src/markdown/render-body.ts";
import { pipelineFingerprint, renderKeyer } from "../../src/markdown/pipeline-fingerprint.ts";
import { renderStories } from "../../src/markdown/render-stories.ts";

const base = { siteUrl: "https://archive.example.org", pathPrefix: "/", timeZone: "Asia/Damascus" };
const stories = (count: number, tag = ""): RenderInput[] =>
  Array.from({ length: count }, (_, index) => ({ body: `Story ${index}${tag} with **bold** text.\n` }));

describe("renderStories", () => {
  it("renders every story, in input order", async () => {
    const { results, threads } = await renderStories(stories(3), base);
    expect(threads).toBe(1);
    expect(results.map((result) => result.html)).toEqual([0, 1, 2].map((index) => `<p>Story ${index} with <strong>bold</strong> text.</p>\n`));
  });

  it("renders on worker threads with the same result as the main thread", async () => {
    const many = stories(120, " threaded");
    const onMain = await renderStories(many, { ...base, workers: 1 });
    const onWorkers = await renderStories(many, { ...base, workers: 2, workerThreshold: 1 });
    expect(onWorkers.threads).toBe(2);
    expect(onWorkers.results).toEqual(onMain.results);
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await renderStories(stories(120), { ...base, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });
});

describe("renderKeyer", () => {
  const key = renderKeyer(pipelineFingerprint(base));
  const input = { body: "Text.\n", dateline: { place: "Homs", date: "2016-03-05T12:00:00+02:00", source: "LWS", lang: "en" } };

  it("gives the same input the same key", () => {
    expect(key(input)).toBe(renderKeyer(pipelineFingerprint(base))({ ...input }));
  });

  it("changes with the body, the dateline parts and the pipeline's options", () => {
    expect(key({ ...input, body: "Other.\n" })).not.toBe(key(input));
    expect(key({ ...input, dateline: { ...input.dateline, place: "Hama" } })).not.toBe(key(input));
    expect(renderKeyer(pipelineFingerprint({ ...base, timeZone: "UTC" }))(input)).not.toBe(key(input));
  });
});
