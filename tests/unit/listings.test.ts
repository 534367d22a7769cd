import { describe, expect, it } from "vitest";
import { nearest } from "../../src/archive/article-navigation.ts";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { farFuture, story, testSite } from "./archive-helpers.ts";

// testSite has two articles per page.
const stories = [
  story("a/s1", { date: "2015-10-13T10:00:00+03:00", topics: ["Syria", "Water"], source: "LWS", byline: ["Reem"], dateline: "Homs" }),
  story("a/s2", { date: "2015-10-13T12:00:00+03:00", topics: ["Syria"], source: "MNA", byline: ["Reem", "Omar"] }),
  story("a/s3", { date: "2015-10-20T09:00:00+03:00", topics: ["Syria", "apples"], source: "LWS" }),
  story("a/s4", { date: "2015-12-01T09:00:00+02:00", topics: ["Water"], source: "LWS" }),
  story("a/s5", { date: "2018-03-01T09:00:00+02:00", topics: ["Zebra", "Ápricots"], source: "GPA" }),
];
const { archive } = buildArchive(stories, testSite, { now: farFuture });
const listings = archive.pages;
const slugsOf = (items: { slug: string }[]) => items.map((item) => item.slug);

describe("planListings", () => {
  it("pages the latest articles: the newest on the front page, numbered pages from the oldest", () => {
    expect(listings.latest.map((page) => [page.url, slugsOf(page.items)])).toEqual([
      ["/", ["s5", "s4"]],
      ["/page/3/", ["s5"]],
      ["/page/2/", ["s4", "s3"]],
      ["/page/1/", ["s2", "s1"]],
    ]);
    // What changes with each new article stays on the front page.
    expect(listings.latest[0]?.context.overview).toBeDefined();
    expect(listings.latest.slice(1).map((page) => [page.total, page.context.overview])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
  });

  it("pages each topic, source, byline and dateline at its own URL", () => {
    const syria = listings.topic.filter((page) => page.key === "syria");
    expect(syria.map((page) => [page.url, slugsOf(page.items), page.total])).toEqual([
      ["/topics/syria/", ["s3", "s2"], 3],
      ["/topics/syria/page/2/", ["s3"], undefined],
      ["/topics/syria/page/1/", ["s2", "s1"], undefined],
    ]);
    expect(syria[0]?.context.entry).toMatchObject({ kind: "topic", name: "Syria", indexUrl: "/topics/" });
    expect(listings.source.map((page) => page.url)).toEqual(["/sources/gpa/", "/sources/lws/", "/sources/lws/page/2/", "/sources/lws/page/1/", "/sources/mna/"]);
    expect(listings.byline.map((page) => [page.url, page.total])).toEqual([
      ["/bylines/omar/", 1],
      ["/bylines/reem/", 2],
    ]);
    expect(listings.dateline.map((page) => page.url)).toEqual(["/datelines/homs/"]);
  });

  it("indexes every entry A–Z by initial and busiest first, with counts", () => {
    const [alphabetical, busiest] = listings.entryIndex.filter((index) => index.kind === "topic");
    expect(alphabetical?.url).toBe("/topics/");
    expect(alphabetical?.entries.map((entry) => `${entry.name}:${entry.count}`)).toEqual(["apples:1", "Ápricots:1", "Syria:3", "Water:2", "Zebra:1"]);
    expect(alphabetical?.groups.map((group) => [group.letter, group.entries.length])).toEqual([
      ["A", 2],
      ["S", 1],
      ["W", 1],
      ["Z", 1],
    ]);
    expect(busiest?.url).toBe("/topics/by-count/");
    expect(busiest?.entries.map((entry) => entry.name)).toEqual(["Syria", "Water", "apples", "Ápricots", "Zebra"]);
  });

  it("has year, month and day pages only for periods with articles, linked to their neighbours", () => {
    expect(listings.year.map((year) => [year.url, year.period.count, year.previousPeriod?.key, year.nextPeriod?.key])).toEqual([
      ["/2015/", 4, undefined, "2018"],
      ["/2018/", 1, "2015", undefined],
    ]);
    expect(listings.year[0]?.months.map((month) => [month.url, month.count])).toEqual([
      ["/2015/10/", 3],
      ["/2015/12/", 1],
    ]);
    const october = listings.month.filter((page) => page.key === "2015/10");
    expect(october.map((page) => page.url)).toEqual(["/2015/10/", "/2015/10/page/2/", "/2015/10/page/1/"]);
    expect(october[0]?.context.children?.map((day) => [day.url, day.count])).toEqual([
      ["/2015/10/13/", 2],
      ["/2015/10/20/", 1],
    ]);
    expect(october[0]?.context.nextPeriod?.key).toBe("2015/12");
    expect(october[0]?.context.previousPeriod).toBeUndefined();
    const day = listings.day.find((page) => page.key === "2015/10/20");
    expect(day?.context.ancestors?.map((period) => period.url)).toEqual(["/2015/", "/2015/10/"]);
    expect(day?.context.previousPeriod?.key).toBe("2015/10/13");
    expect(day?.context.nextPeriod?.key).toBe("2015/12/01");
  });

  it("starts each period at midnight in the site's time zone", () => {
    expect(listings.month.find((page) => page.key === "2015/12")?.context.period?.start).toBe("2015-12-01T00:00:00+02:00");
  });

  it("lists all years newest first on the calendar page", () => {
    expect(listings.calendar[0]?.years.map((year) => [year.key, year.months.map((month) => month.key)])).toEqual([
      ["2018", ["2018/03"]],
      ["2015", ["2015/10", "2015/12"]],
    ]);
  });
});

describe("article navigation", () => {
  const bySlug = new Map(archive.articles.map((article) => [article.slug, article]));

  it("gives breadcrumbs to the article's year, month and day", () => {
    expect(bySlug.get("s2")?.breadcrumbs.map((period) => period.url)).toEqual(["/2015/", "/2015/10/", "/2015/10/13/"]);
  });

  it("links the previous (older) and next (newer) story", () => {
    expect(bySlug.get("s2")?.previous?.url).toBe("/2015/10/13/s1/");
    expect(bySlug.get("s2")?.next?.url).toBe("/2015/10/20/s3/");
    expect(bySlug.get("s1")?.previous).toBeUndefined();
    expect(bySlug.get("s5")?.next).toBeUndefined();
  });

  it("shows more stories from the first topic and from the source, never the article itself nor a story an earlier box shows", () => {
    const s1 = bySlug.get("s1");
    expect(s1?.moreFromTopic?.entry.name).toBe("Syria");
    // s2 is the next story, so the topic's box keeps to s3, and the source's box, which would show s3 too, to s4.
    expect(s1?.next?.url).toBe("/2015/10/13/s2/");
    expect(s1?.moreFromTopic?.articles.map((link) => link.url)).toEqual(["/2015/10/20/s3/"]);
    expect(s1?.moreFromSource?.articles.map((link) => link.url)).toEqual(["/2015/12/01/s4/"]);
    expect(bySlug.get("s5")?.moreFromTopic).toBeUndefined();
  });

  it("shows each story once on an article's page: translations first, then Check also, previous and next, more on the topic, more from the source", () => {
    const { archive: translated } = buildArchive(
      [
        story("t/en", { date: "2015-10-13T10:00:00+03:00", topics: ["Heritage"], translations: ["t/ar"], related: [{ kind: "article", ref: "t/ar" }, { kind: "article", ref: "t/old" }] }),
        story("t/ar", { date: "2015-10-13T11:00:00+03:00", lang: "ar", topics: ["Heritage"], translations: ["t/en"] }),
        story("t/later", { date: "2015-10-14T10:00:00+03:00", topics: ["Heritage"] }),
        story("t/old", { date: "2015-10-01T10:00:00+03:00", topics: ["Heritage"] }),
        story("t/older", { date: "2015-09-01T10:00:00+03:00", topics: ["Heritage"] }),
      ],
      testSite,
      { now: farFuture },
    );
    const english = translated.articles.find((article) => article.slug === "en");
    const urls = [
      ...(english?.translations ?? []),
      ...(english?.related ?? []),
      ...[english?.previous, english?.next].filter((link) => link !== undefined),
      ...(english?.moreFromTopic?.articles ?? []),
      ...(english?.moreFromSource?.articles ?? []),
    ].map((link) => ("url" in link ? link.url : ""));
    expect(new Set(urls).size).toBe(urls.length);
    expect(english?.related.map((link) => ("url" in link ? link.url : ""))).toEqual(["/2015/10/01/old/"]);
    // The next story in time is the translation, shown already: the one after it takes its place.
    expect(english?.next?.url).toBe("/2015/10/14/later/");
    expect(english?.previous?.url).toBe("/2015/09/01/older/");
    expect(english?.moreFromTopic).toBeUndefined();
  });
});

describe("nearest", () => {
  it("takes items alternately from both sides, in list order", () => {
    expect(nearest([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5, 4)).toEqual([3, 4, 6, 7]);
    expect(nearest([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0, 3)).toEqual([1, 2, 3]);
    expect(nearest([0, 1, 2], 2, 5)).toEqual([0, 1]);
    expect(nearest([0], 0, 5)).toEqual([]);
  });
});

describe("reserved slugs", () => {
  it("never gives an entry the index page's own path segment", () => {
    const { archive: reserved } = buildArchive([story("a/x", { topics: ["By Count"] })], testSite, { now: farFuture });
    expect(reserved.articles[0]?.topics[0]?.url).toMatch(/^\/topics\/by-count--[0-9a-f]{6}\/$/);
  });
});
