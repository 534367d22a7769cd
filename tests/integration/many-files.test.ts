import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticArchive } from "../../src/bench/synthetic-archive.ts";
import { projectRoot, useTemporaryFolder } from "../helpers/project.ts";

const run = promisify(execFile);

describe("an archive with more files than the process may open", () => {
  const folder = useTemporaryFolder();
  beforeAll(async () => {
    await writeSyntheticArchive(path.join(folder.path, "content"), { articles: 3000, articlesPerPicture: 0 });
  });

  it("builds with 256 file descriptors: reading, rendering and writing are bounded", async () => {
    const build = [
      `ulimit -n 256`,
      `exec "${process.execPath}" src/cli/launch.mjs build --content "${path.join(folder.path, "content")}" --output "${path.join(folder.path, "site")}" --cache-dir "${path.join(folder.path, "cache")}" --now 2030-01-01T00:00:00Z`,
    ].join(" && ");
    const { stdout } = await run("bash", ["-c", build], { cwd: projectRoot, maxBuffer: 1 << 24 });
    expect(stdout).toContain("Built 3,000 articles");
    const packs = await readdir(path.join(folder.path, "cache", "articles", "records"));
    expect(packs.length).toBeGreaterThan(900);
  });
});
