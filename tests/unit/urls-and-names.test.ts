import { describe, expect, it } from "vitest";
import { calendarDay } from "../../src/archive/calendar.ts";
import { assignSlugs, slugify } from "../../src/archive/slug.ts";
import { textDirection } from "../../src/archive/text-direction.ts";
import { articleUrl, entryIndexUrl, entryUrl, latestUrl, pagedUrl, periodUrl } from "../../src/archive/urls.ts";
import { splitNames } from "../../src/content/names.ts";

describe("calendarDay", () => {
  it("puts 23:30 UTC on 12 October on 13 October in Damascus", () => {
    expect(calendarDay("2015-10-12T23:30:00Z", "Asia/Damascus")).toEqual({ year: "2015", month: "10", day: "13" });
  });

  it("does not depend on the machine's zone", () => {
    expect(calendarDay("2015-10-13T01:00:00+03:00", "UTC")).toEqual({ year: "2015", month: "10", day: "12" });
  });
});

describe("URL shapes", () => {
  it("are built in one place", () => {
    expect(articleUrl({ year: "2015", month: "10", day: "13" }, "x")).toBe("/2015/10/13/x/");
    expect(entryUrl("topic", "syria")).toBe("/topics/syria/");
    expect(pagedUrl(entryUrl("byline", "reem"), 3)).toBe("/bylines/reem/page/3/");
    expect(entryIndexUrl("dateline")).toBe("/datelines/");
    expect(latestUrl()).toBe("/");
    expect(pagedUrl(latestUrl(), 2)).toBe("/page/2/");
    expect(periodUrl({ year: "2015" })).toBe("/2015/");
    expect(pagedUrl(periodUrl({ year: "2015", month: "10" }), 2)).toBe("/2015/10/page/2/");
    expect(periodUrl({ year: "2015", month: "10", day: "13" })).toBe("/2015/10/13/");
  });
});

describe("slugify", () => {
  it.each([
    ["U.S.-led coalition", "u-s-led-coalition"],
    ["Hazem Sabbagh", "hazem-sabbagh"],
    ["سوريا", "swrya"],
    ["Москва", "moskva"],
    ["Ríad", "riad"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));

  it("makes a stable slug for names with nothing to transliterate", () => {
    expect(slugify("北京")).toMatch(/^n-[0-9a-f]{6}$/);
    expect(slugify("北京")).toBe(slugify("北京"));
    expect(slugify("上海")).not.toBe(slugify("北京"));
  });
});

describe("assignSlugs", () => {
  it("keeps the earliest name's plain slug when another slugs alike", () => {
    const before = assignSlugs([{ name: "Café", firstUsed: 1 }]);
    const after = assignSlugs([
      { name: "Cafe", firstUsed: 5 },
      { name: "Café", firstUsed: 1 },
      { name: "CAFE", firstUsed: 9 },
    ]);
    expect(after.get("Café")).toBe(before.get("Café"));
    expect(new Set(after.values()).size).toBe(3);
  });
});

describe("splitNames", () => {
  it("splits slash-joined bylines and drops blanks and repeats", () => {
    expect(splitNames("Reem/Hazem Sabbagh", { splitSlash: true })).toEqual(["Reem", "Hazem Sabbagh"]);
    expect(splitNames(["A", " A ", "", "B / C"], { splitSlash: true })).toEqual(["A", "B", "C"]);
    expect(splitNames(["AC/DC"], { splitSlash: false })).toEqual(["AC/DC"]);
  });
});

describe("textDirection", () => {
  it.each([["ar", "rtl"], ["ar-SY", "rtl"], ["he", "rtl"], ["fa", "rtl"], ["en", "ltr"], ["fr", "ltr"]])("%s is %s", (lang, dir) =>
    expect(textDirection(lang)).toBe(dir),
  );
});

describe("epochMillis", () => {
  it("reads every offset form parseArticleDate writes", async () => {
    const { parseArticleDate, epochMillis } = await import("../../src/content/article-date.ts");
    for (const written of ["2015-10-13T14:05:00+03:00", "2015-10-12T23:30:00Z", "2015-10-13 14:05", "2015-10-13", "2015-10-13T14:05:00.250-04:30"]) {
      const parsed = parseArticleDate(written, "Asia/Damascus");
      if (!parsed.ok) throw new Error(parsed.reason);
      const { DateTime } = await import("luxon");
      expect(epochMillis(parsed.iso), written).toBe(DateTime.fromISO(parsed.iso, { setZone: true }).toMillis());
    }
  });
});
