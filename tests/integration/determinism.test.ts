import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashFolder, projectRoot, runCli, useTemporaryFolder } from "../helpers/project.ts";
import { sampleNow } from "../setup/build-sample-site.ts";

describe("two builds of the same content", () => {
  const folder = useTemporaryFolder();

  it("are byte-identical, whether rendered afresh, taken from the cache, or drawn by one or two processes in many small runs", async () => {
    const build = async (output: string, cacheArgs: string[], env: Record<string, string> = {}) => {
      const result = await runCli("build", ["--content", path.join(projectRoot, "content"), "--output", path.join(folder.path, output), "--now", sampleNow, "--quiet", ...cacheArgs], { env });
      expect(result.code, result.stderr).toBe(0);
      return hashFolder(path.join(folder.path, output));
    };
    const cache = ["--cache-dir", path.join(folder.path, "cache")];
    const fresh = await build("fresh", ["--no-cache"]);
    const cold = await build("cold", cache);
    const warm = await build("warm", cache);
    // Two jobs each drawing its share in runs of 40 pages: several Eleventy runs in one process.
    const small = await build("small-runs", ["--no-cache", "--jobs", "2"], { BACKFILE_PAGES_PER_RUN: "40" });
    const single = await build("one-job", ["--no-cache", "--jobs", "1"], { BACKFILE_PAGES_PER_RUN: "40" });
    expect(fresh.size).toBeGreaterThan(200);
    expect([...cold]).toEqual([...fresh]);
    expect([...warm]).toEqual([...fresh]);
    expect([...small]).toEqual([...fresh]);
    expect([...single]).toEqual([...fresh]);
  });
});
