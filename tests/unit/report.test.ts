import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/content/problems.ts";
import { formatProblems, summarize } from "../../src/content/report.ts";

const problems: Problem[] = [
  { code: "FieldInvalid", severity: "error", file: "content/b.md", line: 4, field: "date", message: "`2024-02-31` is not a valid date.", hint: "Write `date: 2015-10-13T14:05:00+03:00`." },
  { code: "RawHtmlRemoved", severity: "warning", file: "content/a.md", line: 9, message: "Raw HTML is removed, 100% of it: a, b." },
];

describe("formatProblems", () => {
  it("writes text blocks sorted by file, each starting with file:line", () => {
    const text = formatProblems(problems, "text");
    expect(text).toBe(
      [
        "content/a.md:9 warning Raw HTML is removed, 100% of it: a, b.",
        "content/b.md:4 error date: `2024-02-31` is not a valid date.\n  hint: Write `date: 2015-10-13T14:05:00+03:00`.",
        "1 error and 1 warning in 2 files.",
      ].join("\n\n"),
    );
  });

  it("writes GitHub workflow annotations, escaping what the format requires", () => {
    const lines = formatProblems(problems, "github").split("\n");
    expect(lines[0]).toBe("::warning file=content/a.md,line=9,title=RawHtmlRemoved::Raw HTML is removed, 100%25 of it: a, b.");
    expect(lines[1]).toBe(
      "::error file=content/b.md,line=4,title=FieldInvalid (date)::`2024-02-31` is not a valid date. Write `date: 2015-10-13T14:05:00+03:00`.",
    );
  });

  it("writes JSON that parses back to the problems", () => {
    expect(JSON.parse(formatProblems(problems, "json"))).toEqual([problems[1], problems[0]]);
  });

  it("summarises counts", () => {
    expect(summarize([])).toBe("No problems found.");
    expect(summarize([problems[0] as Problem])).toBe("1 error in 1 file.");
  });
});
