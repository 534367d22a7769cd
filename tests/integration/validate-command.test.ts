import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

describe("npm run validate", () => {
  const folder = useTemporaryFolder();
  let good: string;
  let bad: string;

  beforeAll(async () => {
    good = path.join(folder.path, "good");
    bad = path.join(folder.path, "bad");
    await writeFiles(good, {
      "2015/10/one.md": validArticle("One"),
      "2015/10/two.md": validArticle("Two", "2015-10-14T10:00:00+03:00", {}, "Text <b>raw</b>.\n"),
    });
    await writeFiles(bad, {
      "2015/10/one.md": validArticle("One", "2024-02-31"),
      "2015/10/two.md": validArticle("Two", "2015-10-14T10:00:00+03:00", { tags: "[x]" }),
    });
  });

  it("passes clean content with exit code 0, reporting warnings without failing", async () => {
    const result = await runCli("validate", ["--content", good]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/two\.md:\d+ warning Raw HTML is removed/);
    expect(result.stdout).toContain("1 warning in 1 file.");
  });

  it("fails with exit code 1 and a readable report", async () => {
    const result = await runCli("validate", ["--content", bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/bad\/2015\/10\/one\.md:\d+ error date: `2024-02-31` is not a valid date: February 2024 has 29 days\./);
    expect(result.stdout).toMatch(/bad\/2015\/10\/two\.md:\d+ error tags: `tags` is not an article field\.\n {2}hint: Did you mean `topics`\?/);
    expect(result.stdout).toContain("2 errors in 2 files.");
  });

  it("writes GitHub annotations", async () => {
    const result = await runCli("validate", ["--content", bad, "--format", "github"]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=.*bad\/2015\/10\/one\.md,line=\d+,title=FieldInvalid \(date\)::/);
  });

  it("writes JSON", async () => {
    const result = await runCli("validate", ["--content", bad, "--format", "json"]);
    const problems = JSON.parse(result.stdout) as { code: string; field: string; line: number }[];
    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ["FieldInvalid", "date"],
      ["FieldUnknown", "tags"],
    ]);
  });

  it("reports only the files named, and refuses unknown options", async () => {
    const only = await runCli("validate", ["--content", bad, path.join(bad, "2015/10/two.md")]);
    expect(only.stdout).not.toContain("one.md");
    expect(only.stdout).toContain("two.md");
    const wrong = await runCli("validate", ["--format", "xml"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--format must be one of text, github, json");
  });

  it("counts only the files named, and refuses a file that is missing or outside the content folder", async () => {
    const one = await runCli("validate", ["--content", good, path.join(good, "2015/10/one.md")]);
    expect(one.stdout).toBe("No problems found in 1 article.\n");
    const missing = await runCli("validate", ["--content", good, path.join(good, "2015/10/three.md")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("three.md` does not exist.");
    const outside = await runCli("validate", ["--content", good, path.join(bad, "2015/10/one.md")]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(`is not an article of \`${good}\``);
  });
});

describe("a missing content folder", () => {
  it("is reported as such, not as a crash", async () => {
    const result = await runCli("validate", ["--content", "/nonexistent/backfile-content"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("error There is no content folder at");
    expect(result.stdout).toContain("hint: Create it");
  });
});
