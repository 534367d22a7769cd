import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { story, testSite } from "./archive-helpers.ts";

// testSite has two articles (or corrections) a page.
const stories = [
  story("2015/10/a", { date: "2015-10-13T10:00:00+03:00", corrections: [{ date: "2015-10-15T09:00:00+03:00", text: "First." }, { date: "2016-01-02T09:00:00+02:00", text: "Third." }] }),
  story("2015/10/b", { date: "2015-10-14T10:00:00+03:00", corrections: [{ date: "2015-11-01T09:00:00+02:00", text: "Second." }] }),
  story("2016/10/c", { date: "2016-10-13T10:00:00+03:00" }),
  story("2020/10/d", { date: "2020-10-13T22:30:00Z" }),
  story("2020/02/leap", { date: "2020-02-29T10:00:00+02:00" }),
];
const now = Date.parse("2021-10-13T12:00:00+03:00");
const { archive } = buildArchive(stories, testSite, { now });

describe("the corrections page", () => {
  it("lists every correction newest first, the newest on the front page, the numbered pages counted from the oldest", () => {
    expect(archive.pages.corrections.map((page) => [page.url, page.items.map((item) => item.text)])).toEqual([
      ["/corrections/", ["Third.", "Second."]],
      ["/corrections/page/2/", ["Third."]],
      ["/corrections/page/1/", ["Second.", "First."]],
    ]);
    expect(archive.pages.corrections[0]?.items[0]).toMatchObject({ url: "/2015/10/13/a/#correction-2", article: { title: "Title of 2015/10/a", url: "/2015/10/13/a/" } });
  });

  it("has an Atom and a JSON feed of the latest corrections, dated by the latest", () => {
    expect(archive.pages.correctionFeed.map((feed) => [feed.url, feed.format, feed.items.length, feed.updated])).toEqual([
      ["/corrections/feed.xml", "atom", 3, "2016-01-02T09:00:00+02:00"],
      ["/corrections/feed.json", "json", 3, "2016-01-02T09:00:00+02:00"],
    ]);
  });

  it("is there, empty, in an archive without corrections", () => {
    const { archive: clean } = buildArchive([story("2015/10/c")], testSite, { now });
    expect(clean.pages.corrections.map((page) => [page.url, page.total])).toEqual([["/corrections/", 0]]);
  });
});

describe("on this day", () => {
  it("gives each calendar day with stories a page, newest year first, and an index of those days", () => {
    expect(archive.pages.onThisDay.map((page) => [page.url, page.items.map((item) => item.slug)])).toEqual([
      ["/on-this-day/02-29/", ["leap"]],
      ["/on-this-day/10-13/", ["c", "a"]],
      ["/on-this-day/10-14/", ["d", "b"]],
    ]);
    expect(archive.pages.onThisDayIndex[0]?.months.map((month) => [month.month, month.days.map((day) => `${day.key}:${day.count}`)])).toEqual([
      ["02", ["02-29:1"]],
      ["10", ["10-13:2", "10-14:2"]],
    ]);
  });

  it("dates a story by its day in the site's zone", () => {
    // 22:30 UTC on 13 October is already the 14th in Damascus.
    expect(archive.pages.onThisDay.find((page) => page.dayOfYear.key === "10-14")?.items.map((item) => item.slug)).toEqual(["d", "b"]);
  });

  it("links each day to its neighbours that have stories", () => {
    const day = archive.pages.onThisDay.find((page) => page.dayOfYear.key === "10-13");
    expect([day?.previousDay?.url, day?.nextDay?.url]).toEqual(["/on-this-day/02-29/", "/on-this-day/10-14/"]);
  });

  it("puts the reference date's stories of earlier years on the front page, and only there", () => {
    expect(archive.pages.latest[0]?.context.onThisDay?.items.map((item) => item.url)).toEqual(["/2016/10/13/c/", "/2015/10/13/a/"]);
    expect(archive.pages.latest[1]?.context.onThisDay).toBeUndefined();
  });

  it("is in the sitemap", () => {
    const sitemap = archive.pages.sitemap[0];
    const urls = sitemap?.kind === "urlset" ? sitemap.entries.map((entry) => entry.url) : [];
    expect(urls).toEqual(expect.arrayContaining(["/on-this-day/", "/on-this-day/10-13/", "/corrections/"]));
  });
});

describe("how long a plan holds", () => {
  it("until the next midnight in the site's zone, when the front page turns to another day", () => {
    // 12:00 on 13 October 2021 in Damascus (UTC+3): the day ends at 21:00 UTC.
    expect(new Date(archive.stableUntil).toISOString()).toBe("2021-10-13T21:00:00.000Z");
  });

  it("or until an embargo lifts, when that comes first", () => {
    const { archive: embargoed } = buildArchive([...stories, story("2021/10/later", { date: "2021-10-13T18:00:00+03:00" })], testSite, { now });
    expect(new Date(embargoed.stableUntil).toISOString()).toBe("2021-10-13T15:00:00.000Z");
  });
});
