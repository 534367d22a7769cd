import { describe, expect, it } from "vitest";
import { loadArticle } from "../../src/content/load-article.ts";
import type { Problem } from "../../src/content/problems.ts";
import { formatText } from "../../src/content/report.ts";

const context = { timeZone: "Asia/Damascus", language: "en" };
const where = { file: "content/2015/10/story.md", ref: "2015/10/story" };

function load(text: string) {
  return loadArticle(text, where, context);
}

function only(problems: Problem[]): Problem {
  expect(problems).toHaveLength(1);
  return problems[0] as Problem;
}

const complete = `---
title: US-led strikes on ISIS positions in Syria selective, Lavrov asserts
date: 2015-10-13T14:05:00+03:00
source: SANA
dateline: Moscow
byline: [Reem, Hazem Sabbagh]
topics: [Syria, Russia, ISIS]
summary: One or two sentences.
lang: en
related:
  - article: 2023/10/archaeology-conference-damascus
  - title: Full interview transcript
    url: https://example.org/transcript
---

Body in Markdown.
`;

describe("loadArticle", () => {
  it("reads every field of a complete article", () => {
    const { article, problems } = load(complete);
    expect(problems).toEqual([]);
    expect(article?.fields).toEqual({
      title: "US-led strikes on ISIS positions in Syria selective, Lavrov asserts",
      date: "2015-10-13T14:05:00+03:00",
      source: "SANA",
      dateline: "Moscow",
      byline: ["Reem", "Hazem Sabbagh"],
      topics: ["Syria", "Russia", "ISIS"],
      summary: "One or two sentences.",
      lang: "en",
      related: [
        { kind: "article", ref: "2023/10/archaeology-conference-damascus" },
        { kind: "link", title: "Full interview transcript", url: "https://example.org/transcript" },
      ],
      draft: false,
      translations: [],
      corrections: [],
      aliases: [],
    });
    expect(article?.body).toBe("\nBody in Markdown.\n");
    expect(article?.bodyLine).toBe(15);
    expect(article?.lines).toMatchObject({ title: 2, date: 3, related: 10, "related[0]": 11, "related[1]": 12 });
  });

  it("fills defaults: no byline, topics or related, the site's language, not a draft", () => {
    const { article } = load("---\ntitle: T\ndate: 2015-10-13T14:05:00+03:00\nsource: LWS\n---\nBody\n");
    expect(article?.fields).toMatchObject({ byline: [], topics: [], related: [], lang: "en", draft: false });
    expect(article?.fields.dateline).toBeUndefined();
  });

  it("splits a slash-joined byline into two names, and accepts a single topic", () => {
    const { article } = load("---\ntitle: T\ndate: 2015-10-13T14:05:00+03:00\nsource: LWS\nbyline: Reem/Hazem  Sabbagh\ntopics: Syria\n---\n");
    expect(article?.fields.byline).toEqual(["Reem", "Hazem Sabbagh"]);
    expect(article?.fields.topics).toEqual(["Syria"]);
  });

  it("reads a date without offset in the site's time zone", () => {
    const { article } = load("---\ntitle: T\ndate: 2015-10-13 14:05\nsource: LWS\n---\n");
    expect(article?.fields.date).toBe("2015-10-13T14:05:00+03:00");
  });

  it("keeps the offset a date was written with", () => {
    const { article } = load("---\ntitle: T\ndate: 2015-10-12T23:30:00Z\nsource: LWS\n---\n");
    expect(article?.fields.date).toBe("2015-10-12T23:30:00Z");
  });

  it("canonicalises the language tag", () => {
    expect(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nlang: AR-sy\n---\n").article?.fields.lang).toBe("ar-SY");
  });

  it("accepts CRLF line endings and a UTF-8 byte order mark", () => {
    const text = `\uFEFF${complete.replaceAll("\n", "\r\n")}`;
    const { article, problems } = load(text);
    expect(problems).toEqual([]);
    expect(article?.fields.title).toBe("US-led strikes on ISIS positions in Syria selective, Lavrov asserts");
    expect(article?.body).toBe("\nBody in Markdown.\n");
    expect(article?.lines["title"]).toBe(2);
  });
});

describe("loadArticle: bad input", () => {
  it("reports a missing title on the front matter's first line", () => {
    const problem = only(load("---\ndate: 2015-10-13T14:05:00+03:00\nsource: LWS\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldMissing", field: "title", line: 1, file: where.file, severity: "error" });
    expect(problem.hint).toContain("title:");
  });

  it("refuses an impossible date, saying why, on its line", () => {
    const problem = only(load("---\ntitle: T\ndate: 2024-02-31\nsource: LWS\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldInvalid", field: "date", line: 3 });
    expect(problem.message).toContain("`2024-02-31`");
    expect(problem.message).toContain("February 2024 has 29 days");
  });

  it.each(["14:05", "\"2015-10\"", "2015-W42"])("refuses `date: %s`, which names no calendar day", (value) => {
    const problem = only(load(`---\ntitle: T\ndate: ${value}\nsource: LWS\n---\n`).problems);
    expect(problem).toMatchObject({ code: "FieldInvalid", field: "date", line: 3 });
    expect(problem.message).toContain("it does not start with a full date, year-month-day");
  });

  it("refuses a date that is not text", () => {
    const problem = only(load("---\ntitle: T\ndate: 2015\nsource: LWS\n---\n").problems);
    expect(problem).toMatchObject({ field: "date", line: 3 });
    expect(problem.message).toContain("`2015`");
  });

  it("refuses a byline of the wrong type", () => {
    const problem = only(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nbyline:\n  name: Reem\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldInvalid", field: "byline", line: 5 });
    expect(problem.message).toContain("a name or a list of names");
  });

  it("reports YAML syntax errors with line and column", () => {
    const problem = only(load("---\ntitle: T\ndate: 2015-10-13\nsource: [LWS\nlang: en\n---\n").problems);
    expect(problem.code).toBe("FrontMatterSyntax");
    expect(problem.line).toBeGreaterThanOrEqual(4);
    expect(problem.column).toBeGreaterThan(0);
  });

  it("reports a key given twice", () => {
    const problem = only(load("---\ntitle: T\ntitle: U\ndate: 2015-10-13\nsource: LWS\n---\n").problems);
    expect(problem).toMatchObject({ code: "FrontMatterSyntax", line: 3 });
  });

  it.each(["js", "javascript", "json", "toml"])("refuses ---%s front matter without evaluating it", (language) => {
    let evaluated = false;
    (globalThis as { backfileEvaluated?: () => void }).backfileEvaluated = () => (evaluated = true);
    const text = `---${language}\n{ title: (globalThis.backfileEvaluated(), "x") }\n---\nBody\n`;
    const problem = only(load(text).problems);
    expect(problem).toMatchObject({ code: "FrontMatterLanguageRefused", line: 1 });
    expect(evaluated).toBe(false);
  });

  it("reports a file without front matter", () => {
    expect(only(load("Just a story.\n").problems)).toMatchObject({ code: "FrontMatterMissing", line: 1 });
  });

  it("refuses Eleventy settings such as permalink and templateEngineOverride", () => {
    const { problems } = load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\npermalink: /evil/\ntemplateEngineOverride: njk\n---\n");
    expect(problems.map((problem) => [problem.code, problem.field, problem.line])).toEqual([
      ["FieldRefused", "permalink", 5],
      ["FieldRefused", "templateEngineOverride", 6],
    ]);
  });

  it("suggests the right name for an unknown field", () => {
    const problem = only(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\ntags: [a]\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldUnknown", field: "tags", line: 5, hint: "Did you mean `topics`?" });
    expect(only(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nsumary: x\n---\n").problems).hint).toBe("Did you mean `summary`?");
  });

  it("refuses a slug that could leave the output folder", () => {
    const problem = only(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nslug: ../../etc/passwd\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldInvalid", field: "slug", line: 5 });
  });

  it("locates problems inside related entries", () => {
    const text = "---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nrelated:\n  - title: A\n    url: javascript:alert(1)\n  - 12\n  - article: x\n    url: https://example.org\n---\n";
    const problems = load(text).problems.map((problem) => [problem.field, problem.line]);
    expect(problems).toEqual([
      ["related[0].url", 7],
      ["related[1]", 8],
      ["related[2]", 9],
    ]);
  });

  it("reads a related story named by its headline alone, and refuses a URL of the wrong type", () => {
    const { article } = load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nrelated:\n  - title: \" Souk reopens \"\n---\n");
    expect(article?.fields.related).toEqual([{ kind: "headline", title: "Souk reopens" }]);
    const problem = only(load("---\ntitle: T\ndate: 2015-10-13\nsource: LWS\nrelated:\n  - title: Souk reopens\n    url: 7\n---\n").problems);
    expect(problem).toMatchObject({ code: "FieldInvalid", field: "related[0].url", line: 7 });
    expect(problem.message).toBe("`7` is read as a number, not a URL.");
  });

  it("reports the missing fields of empty front matter, not missing front matter", () => {
    for (const text of ["---\n---\nBody\n", "---\n# a comment\n---\nBody\n"]) {
      const { problems } = load(text);
      expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
        ["FieldMissing", "title"],
        ["FieldMissing", "date"],
        ["FieldMissing", "source"],
      ]);
    }
  });

  it("collects every problem of a file at once", () => {
    const { problems } = load("---\ndate: nope\nsource: 42\nbyline: 7\nlang: \"not a language!\"\n---\n");
    expect(problems.map((problem) => problem.field).sort()).toEqual(["byline", "date", "lang", "source", "title"]);
  });

  it("leaves template syntax in front matter as plain text", () => {
    const { article } = load("---\ntitle: \"{{ site.name }} {% raw %}\"\ndate: 2015-10-13\nsource: LWS\n---\n{{ 1 + 1 }}\n");
    expect(article?.fields.title).toBe("{{ site.name }} {% raw %}");
    expect(article?.body).toBe("{{ 1 + 1 }}\n");
  });

  it("gives messages that name file, line and field, with no raw JSON", () => {
    const { problems } = load("---\ndate: 2024-02-31\nbyline: {name: x}\nsource: LWS\n---\n");
    const text = formatText(problems);
    expect(text).toContain("content/2015/10/story.md:1");
    expect(text).toContain("content/2015/10/story.md:2");
    expect(text).toContain("title:");
    expect(text).toContain("byline:");
    expect(text).not.toContain("[{");
  });
});
