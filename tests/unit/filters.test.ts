import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/filters/absolute-url.ts";
import { formatDate } from "../../src/filters/format-date.ts";
import { ogLocale } from "../../src/filters/language-name.ts";
import { withPathPrefix } from "../../src/filters/site-url.ts";

describe("withPathPrefix", () => {
  it("puts site paths under the prefix and leaves other URLs alone", () => {
    expect(withPathPrefix("/2015/10/13/x/", "/")).toBe("/2015/10/13/x/");
    expect(withPathPrefix("/2015/10/13/x/", "/archive/")).toBe("/archive/2015/10/13/x/");
    expect(withPathPrefix("/", "/archive/")).toBe("/archive/");
    expect(withPathPrefix("https://example.org/", "/archive/")).toBe("https://example.org/");
    expect(withPathPrefix("//cdn.example.org/x", "/archive/")).toBe("//cdn.example.org/x");
    expect(withPathPrefix("#main", "/archive/")).toBe("#main");
  });
});

describe("absoluteUrl", () => {
  it("joins base URL, prefix and path", () => {
    expect(absoluteUrl("/a/", "https://example.org", "/archive/")).toBe("https://example.org/archive/a/");
    expect(absoluteUrl("/a/", "https://example.org", "/")).toBe("https://example.org/a/");
    expect(absoluteUrl("https://other.example/x", "https://example.org", "/")).toBe("https://other.example/x");
    expect(absoluteUrl("//cdn.example.org/x", "https://example.org", "/archive/")).toBe("//cdn.example.org/x");
  });
});

describe("ogLocale", () => {
  it("keeps the language and the region only, joined by an underscore", () => {
    expect(["ar", "en-GB", "zh-Hant-TW", "fr-CA"].map(ogLocale)).toEqual(["ar", "en_GB", "zh_TW", "fr_CA"]);
  });
});

describe("formatDate", () => {
  it("shows the day of the site's zone, in the page's language", () => {
    expect(formatDate("2015-10-12T23:30:00Z", "en", "Asia/Damascus")).toBe("October 13, 2015");
    expect(formatDate("2015-10-12T23:30:00Z", "fr", "Asia/Damascus")).toBe("13 octobre 2015");
    expect(formatDate("2015-10-13T14:05:00+03:00", "en", "Asia/Damascus", "month")).toBe("October 2015");
    expect(formatDate("2015-10-13T14:05:00+03:00", "en", "Asia/Damascus", "datetime")).toMatch(/^October 13, 2015 at 2:05\s?PM GMT\+3$/);
  });
});
