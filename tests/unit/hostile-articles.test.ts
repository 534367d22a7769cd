import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articleWarnings, loadArticle } from "../../src/content/load-article.ts";
import { formatText } from "../../src/content/report.ts";

const where = { file: "content/2015/10/story.md", ref: "2015/10/story" };
const context = { timeZone: "Asia/Damascus", language: "en" };
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/u;

/** Text an editor, a converter or an attacker might put anywhere. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("{{ site.name }}", "{% raw %}", "<script>alert(1)</script>", "]]>", "&amp;", "\u202Eevil", "\u200B", "1984", "true", "*x*", "- a", ": b", "# c", "\r\n", "\u000B"),
);
const fields = ["title", "summary", "source", "dateline", "byline", "topics", "lang", "slug", "date"] as const;

describe("hostile articles", () => {
  it("give an article or problems naming the file, never an exception, raw JSON or a stack trace", () => {
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(fields.map((field) => [field, hostileText])) as Record<(typeof fields)[number], fc.Arbitrary<string>>),
        fc.boolean(),
        hostileText,
        (values, quoted, body) => {
          const lines = Object.entries(values).map(([field, value]) => `${field}: ${quoted ? JSON.stringify(value) : value}`);
          const text = `---\n${lines.join("\n")}\n---\n${body}\n`;
          const { article, problems } = loadArticle(text, where, context);
          const all = [...problems, ...(article ? articleWarnings(article) : [])];
          for (const problem of all) {
            expect(problem.file).toBe(where.file);
            expect(problem.line).toBeGreaterThanOrEqual(1);
          }
          const report = formatText(all);
          expect(report).not.toContain("[{");
          expect(report).not.toMatch(/\n\s+at /);
          if (article) {
            for (const value of [article.fields.title, article.fields.source, ...article.fields.topics, ...article.fields.byline]) expect(value).not.toMatch(forbidden);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("read the same whatever the line ends and byte order mark", () => {
    const text = "---\ntitle: Energy prices\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\ntopics: [Energy]\ndraft: false\nsummary: >\n  Two lines\n  folded.\n---\n\nBody.\n";
    const expected = loadArticle(text, where, context).article?.fields;
    expect(expected).toMatchObject({ topics: ["Energy"], draft: false, summary: "Two lines folded." });
    for (const variant of [text.replaceAll("\n", "\r\n"), text.replaceAll("\n", "\r"), `\uFEFF${text}`, `\uFEFF${text.replaceAll("\n", "\r")}`]) {
      const { article, problems } = loadArticle(variant, where, context);
      expect(problems).toEqual([]);
      expect(article?.fields).toEqual(expected);
      expect(article?.bodyLine).toBe(11);
    }
  });
});
