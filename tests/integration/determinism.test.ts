import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashFolder, projectRoot, runCli, useTemporaryFolder } from "../helpers/project.ts";
import { sampleNow } from "../setup/build-sample-site.ts";

describe("two builds of the same content", () => {
  const folder = useTemporaryFolder();

  it("are byte-identical, whether rendered afresh or taken from the cache", async () => {
    const build = async (output: string, cacheArgs: string[]) => {
      const result = await runCli("build", ["--content", path.join(projectRoot, "content"), "--output", path.join(folder.path, output), "--now", sampleNow, "--quiet", ...cacheArgs]);
      expect(result.code, result.stderr).toBe(0);
      return hashFolder(path.join(folder.path, output));
    };
    const cache = ["--cache-dir", path.join(folder.path, "cache")];
    const fresh = await build("fresh", ["--no-cache"]);
    const cold = await build("cold", cache);
    const warm = await build("warm", cache);
    expect(fresh.size).toBeGreaterThan(200);
    expect([...cold]).toEqual([...fresh]);
    expect([...warm]).toEqual([...fresh]);
  });
});
