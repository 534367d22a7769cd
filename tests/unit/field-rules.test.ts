import { describe, expect, it } from "vitest";
import { aliasClashes, aliasFault } from "../../src/content/alias-rules.ts";
import { isDateOnly, parseArticleDate, withSeconds } from "../../src/content/article-date.ts";
import { readLanguageTag } from "../../src/content/language-tag.ts";
import { loadArticle } from "../../src/content/load-article.ts";
import { formatDate } from "../../src/filters/format-date.ts";

describe("readLanguageTag", () => {
  it.each([["en", "en"], ["AR-sy", "ar-SY"], ["zh-hant-tw", "zh-Hant-TW"], ["fil", "fil"]])("accepts %s as %s", (written, tag) => expect(readLanguageTag(written)).toEqual({ ok: true, tag }));

  it.each([["Arabic", "ar"], ["français", "fr"], ["العربية", "ar"], ["english", "en"]])("refuses the language name %s, offering %s", (name, suggestion) =>
    expect(readLanguageTag(name)).toEqual({ ok: false, suggestion, isName: true }),
  );

  it("refuses a well-formed tag of no known language", () => expect(readLanguageTag("qq")).toEqual({ ok: false, suggestion: undefined, isName: false }));
});

describe("alias host rules", () => {
  it.each(["/news/2015/lavrov.html", "/old/123/", "/old/123", "/a%20b/"])("accepts %s", (alias) => expect(aliasFault(alias)).toBeUndefined());

  it.each([
    ["/.htaccess", "starting with a dot"],
    ["/a/./b/", "`.` or `..` segment"],
    ["/a/../b/", "`.` or `..` segment"],
    ["/%2e%2e/etc/", "encoded"],
    ["/a%2Fb/", "encoded"],
    [`/${"x".repeat(256)}/`, "256 bytes"],
    ["relative/path", "not a site path"],
    ["//host/x", "not a site path"],
  ])("refuses %s", (alias, words) => expect(aliasFault(alias)).toContain(words));

  it("finds aliases of one article that need the same file, or one name as file and folder", () => {
    expect(aliasClashes(["/x/", "/y.html", "/x/index.html", "/y.html/z/"]).map((clash) => clash.index)).toEqual([2, 3]);
    expect(aliasClashes(["/a/", "/b/"])).toEqual([]);
  });
});

describe("dates written without a time", () => {
  it("are kept as the day's start, to the minute, and shown as a date only", () => {
    const { article } = loadArticle("---\ntitle: T\ndate: 2026-12-03\nsource: S\n---\n", { file: "a.md", ref: "a" }, { timeZone: "Asia/Damascus", language: "en" });
    const date = article?.fields.date ?? "";
    expect(date).toBe("2026-12-03T00:00+03:00");
    expect(isDateOnly(date)).toBe(true);
    expect(withSeconds(date)).toBe("2026-12-03T00:00:00+03:00");
    expect(formatDate(date, "en", "Asia/Damascus", "datetime")).toBe("December 3, 2026");
    expect(formatDate("2026-12-03T00:00:00+03:00", "en", "Asia/Damascus", "datetime")).toMatch(/12:00/);
  });

  it("are told apart from times the clocks skipped", () => {
    expect(parseArticleDate("2015-03-27T00:30", "Asia/Damascus")).toMatchObject({ ok: true, gap: { written: "2015-03-27T00:30", readAs: "2015-03-27T01:30" } });
    expect(parseArticleDate("2015-03-27T00:30+02:00", "Asia/Damascus")).not.toHaveProperty("gap");
  });
});
