import { describe, expect, it } from "vitest";
import { problem } from "../../src/content/catalogue.ts";
import { problemChanges } from "../../src/content/problem-changes.ts";

const rawHtml = (file: string, line: number) => problem("RawHtmlRemoved", { file, line }, {});
const missing = (file: string, line: number) => problem("FieldMissing", { file, line, field: "source" }, { field: "source", context: { timeZone: "UTC" } });

describe("problemChanges", () => {
  it("names the problems that are new and those that went away", () => {
    const before = [rawHtml("a.md", 9), missing("b.md", 1)];
    const after = [rawHtml("a.md", 9), rawHtml("c.md", 4)];
    expect(problemChanges(before, after)).toEqual({ added: [rawHtml("c.md", 4)], resolved: [missing("b.md", 1)] });
  });

  it("does not count a problem that moved to another line as new, nor one of several alike that stayed", () => {
    expect(problemChanges([rawHtml("a.md", 9)], [rawHtml("a.md", 10)])).toEqual({ added: [], resolved: [] });
    expect(problemChanges([rawHtml("a.md", 9), rawHtml("a.md", 12)], [rawHtml("a.md", 12)])).toEqual({ added: [], resolved: [rawHtml("a.md", 9)] });
    expect(problemChanges([rawHtml("a.md", 9)], [rawHtml("a.md", 9), rawHtml("a.md", 15)])).toEqual({ added: [rawHtml("a.md", 15)], resolved: [] });
  });
});
