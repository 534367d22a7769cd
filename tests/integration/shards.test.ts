import path from "node:path";
import { describe, expect, it } from "vitest";
import { shardManifestName } from "../../src/build/shards.ts";
import { hashFolder, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

describe("shards", () => {
  const folder = useTemporaryFolder();

  it("merged, give the site one build gives, whole-site files (assets, icons, manifest) included", async () => {
    const content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/one.md": validArticle("First story", "2015-10-13T10:00:00+03:00", { topics: "[Water]" }),
      "2015/10/two.md": validArticle("Second story", "2015-10-14T10:00:00+03:00", { topics: "[Trade]" }),
      "2016/01/three.md": validArticle("Third story", "2016-01-02T10:00:00+03:00", { topics: "[Water, Trade]" }),
    });
    const common = ["--content", content, "--now", "2016-01-03T00:00:00Z", "--no-cache", "--no-search", "--quiet"];
    const shards = [1, 2].map((index) => path.join(folder.path, `shard-${index}`));
    const results = await Promise.all([
      runCli("build", [...common, "--output", path.join(folder.path, "whole")]),
      ...shards.map((shard, index) => runCli("build", [...common, "--shard", `${index + 1}/2`, "--output", shard])),
    ]);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const merged = await runCli("build", ["--merge", ...shards, "--output", path.join(folder.path, "merged")]);
    expect(merged.code, merged.stderr).toBe(0);

    const whole = await hashFolder(path.join(folder.path, "whole"));
    expect([...whole.keys()]).toContain("favicon.ico");
    expect([...whole.keys()]).toContain("site.webmanifest");
    const fromShards = await hashFolder(path.join(folder.path, "merged"));
    fromShards.delete(shardManifestName);
    expect(fromShards).toEqual(whole);
  });
});
