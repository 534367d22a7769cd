import { readFile } from "node:fs/promises";
import path from "node:path";
import pMap from "p-map";
import { beforeAll, describe, expect, it } from "vitest";
import { inShare, readShardManifest } from "../../src/build/shards.ts";
import { hashFolder, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

const now = "2030-01-01T00:00:00Z";

describe("sharded builds", () => {
  const folder = useTemporaryFolder();
  let content: string;
  let whole: Map<string, string>;

  const build = async (output: string, ...extra: string[]) => {
    const result = await runCli("build", ["--content", content, "--output", path.join(folder.path, output), "--cache-dir", path.join(folder.path, `cache-${output}`), "--now", now, "--quiet", ...extra]);
    expect(result.code, result.stderr).toBe(0);
  };
  /** Shards 1…n built two at a time, then merged into `merged-n`. */
  const shardsMerged = async (contentDir: string, count: number, name: string) => {
    const shards = Array.from({ length: count }, (_, index) => `${name}-shard-${index + 1}-of-${count}`);
    await pMap(
      shards,
      async (shard, index) => {
        const result = await runCli("build", ["--content", contentDir, "--output", path.join(folder.path, shard), "--cache-dir", path.join(folder.path, `cache-${shard}`), "--now", now, "--quiet", "--shard", `${index + 1}/${count}`]);
        expect(result.code, result.stderr).toBe(0);
      },
      { concurrency: 2 },
    );
    const merged = await runCli("build", ["--merge", ...shards.map((shard) => path.join(folder.path, shard)), "--output", path.join(folder.path, `${name}-merged-${count}`)]);
    expect(merged.code, merged.stderr).toBe(0);
    return { shards, site: await hashFolder(path.join(folder.path, `${name}-merged-${count}`)) };
  };

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    const stories: Record<string, string> = {};
    for (let index = 0; index < 12; index++) {
      const date = `${2018 + (index % 3)}-0${1 + (index % 9)}-1${index % 10}T10:00:00+03:00`;
      stories[`stories/story-${index}.md`] = validArticle(`Story ${index} about water and trade`, date, { topics: `[${["Water", "Trade", "Energy"][index % 3]}]` });
    }
    await writeFiles(content, stories);
    await build("whole");
    whole = await hashFolder(path.join(folder.path, "whole"));
    // The whole-site files the merge makes: assets, icons and the web app manifest.
    for (const file of ["favicon.ico", "site.webmanifest"]) expect(whole.has(file), file).toBe(true);
  });

  it.each([1, 2, 3])("merges %i shards into the site one build gives, byte for byte, search index included", async (count) => {
    const { shards, site } = await shardsMerged(content, count, "archive");
    expect([...site]).toEqual([...whole]);
    // Each shard holds its share only, and says so.
    const manifests = await Promise.all(shards.map((shard) => readShardManifest(path.join(folder.path, shard))));
    const held = manifests.map((manifest) => (typeof manifest === "string" ? 0 : Object.keys(manifest.outputs).length));
    expect(held.reduce((sum, value) => sum + value, 0)).toBeGreaterThan(count === 1 ? 0 : Math.max(...held));
  });

  it("merges a shard that holds no page", async () => {
    // An archive without stories has few pages: some number of shards leaves one of them empty.
    const small = path.join(folder.path, "small");
    await writeFiles(small, { "README.txt": "Not an article." });
    await build("small-whole", "--content", small);
    const manifest = JSON.parse(await readFile(path.join(folder.path, "cache-small-whole/site/manifest.json"), "utf8")) as { outputs: Record<string, unknown> };
    // The outputs shards share out: not the whole-site files (assets, icons), which the merge makes.
    const ids = Object.keys(manifest.outputs).filter((id) => !id.startsWith("asset:") && id !== "icons");
    const count = Array.from({ length: 11 }, (_, index) => index + 2).find((n) => Array.from({ length: n }, (_, index) => index + 1).some((index) => ids.every((id) => !inShare(id, { index, count: n }))));
    expect(count, "no number of shards up to 12 leaves one empty").toBeDefined();
    const { site } = await shardsMerged(small, count as number, "small");
    expect([...site]).toEqual([...(await hashFolder(path.join(folder.path, "small-whole")))]);
  });

  it("refuses shards of different builds, or a set with one missing, and writes nothing", async () => {
    const output = path.join(folder.path, "refused");
    const run = (...args: string[]) => runCli("build", ["--content", content, "--now", now, "--quiet", ...args]);
    expect((await run("--shard", "1/2", "--output", path.join(folder.path, "a1"), "--cache-dir", path.join(folder.path, "cache-a1"))).code).toBe(0);
    expect((await run("--shard", "2/2", "--output", path.join(folder.path, "b2"), "--cache-dir", path.join(folder.path, "cache-b2"), "--base-url", "https://elsewhere.example.org")).code).toBe(0);

    const mixed = await runCli("build", ["--merge", path.join(folder.path, "a1"), path.join(folder.path, "b2"), "--output", output]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain("come from different builds");
    expect(mixed.stderr).toContain("Nothing was written");

    const missing = await runCli("build", ["--merge", path.join(folder.path, "a1"), "--output", output]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Shard 2/2 is missing");

    const notShard = await runCli("build", ["--merge", content, "--output", output]);
    expect(notShard.code).toBe(1);
    expect(notShard.stderr).toContain("is not a shard");
    await expect(readFile(path.join(output, "index.html"))).rejects.toThrow();
  });
});
