import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { problem, problemCatalogue } from "../../src/content/catalogue.ts";
import { shown } from "../../src/content/problems.ts";
import { projectRoot } from "../helpers/project.ts";

describe("the problem catalogue", () => {
  it("is listed in the README, code by code, with each code's severity and meaning", async () => {
    const readme = await readFile(path.join(projectRoot, "README.md"), "utf8");
    for (const [code, kind] of Object.entries(problemCatalogue)) expect(readme).toContain(`| \`${code}\` | ${kind.severity} | ${kind.title} |`);
  });

  it("words a problem from its parameters, at its place", () => {
    expect(problem("FieldUnknown", { file: "a.md", line: 4, field: "tags" }, { key: "tags", suggestion: "topics", fields: [] })).toEqual({
      code: "FieldUnknown",
      severity: "error",
      file: "a.md",
      line: 4,
      field: "tags",
      message: "`tags` is not an article field.",
      hint: "Did you mean `topics`?",
    });
  });
});

describe("shown", () => {
  it("describes values in words, never as JSON, and makes control characters visible", () => {
    expect(shown({ date: "2015-10-14", note: "x" })).toBe("a group of fields (`date`, `note`)");
    expect(shown(["a"])).toBe("a list");
    expect(shown(null)).toBe("an empty value");
    expect(shown("evil\u001B[31m")).toBe("`evilU+001B[31m`");
  });
});
