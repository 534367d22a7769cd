import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCacheDir, projectCacheRoot } from "../../src/eleventy/run-options.ts";

describe("defaultCacheDir", () => {
  it("gives each content folder its own cache under .cache/backfile, named after the folder", () => {
    const own = defaultCacheDir("content");
    expect(path.dirname(own)).toBe(projectCacheRoot);
    expect(path.basename(own)).toMatch(/^content-[0-9a-f]{8}$/);
    expect(defaultCacheDir(path.resolve("content"))).toBe(own);
    expect(defaultCacheDir("../other/content")).not.toBe(own);
  });
});
