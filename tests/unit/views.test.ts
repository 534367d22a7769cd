import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import type { PersonRecord } from "../../src/content/authors-file.ts";
import { readStringTables } from "../../src/eleventy/string-tables.ts";
import { translate } from "../../src/filters/translate.ts";
import { articleView } from "../../src/views/article-view.ts";
import { calendarGrid, weekdayNames, weekStart } from "../../src/views/calendar-grid.ts";
import { correctionsView } from "../../src/views/corrections-view.ts";
import { entryIndexView } from "../../src/views/entry-index-view.ts";
import { joinedNames } from "../../src/views/joined-names.ts";
import { listingView } from "../../src/views/listing-view.ts";
import { onThisDayView } from "../../src/views/on-this-day-views.ts";
import { periodView, yearView } from "../../src/views/period-views.ts";
import { notFoundView, searchView } from "../../src/views/site-page-views.ts";
import type { ViewContext } from "../../src/views/view-context.ts";
import { projectRoot } from "../helpers/project.ts";
import { farFuture, story, testSite } from "./archive-helpers.ts";

const strings = readStringTables(path.join(projectRoot, "templates/strings"));
const context: ViewContext = { site: testSite, t: (key, lang = testSite.language, variables = {}) => translate(strings, key, lang, testSite.language, variables) };

const person: PersonRecord = { byline: "Reem Haddad", name: "Dr Reem Haddad", role: "Heritage correspondent", bio: undefined, picture: undefined, links: ["https://example.org/reem"], line: 1, lines: {} };
const { archive } = buildArchive(
  [
    story("2015/10/one", { date: "2015-10-13T10:00:00+03:00", byline: ["Reem Haddad", "Omar Saleh", "Lina Khoury"], topics: ["Syria"] }),
    story("2015/10/two", { date: "2015-10-20T10:00:00+03:00", draft: true, corrections: [{ date: "2015-10-21T10:00:00+03:00", text: "A name was misspelt." }] }),
    story("2016/10/three", { date: "2016-10-13T10:00:00+03:00", byline: ["Reem Haddad"] }),
    story("2016/10/four", { date: "2016-10-14T10:00:00+03:00" }),
  ],
  testSite,
  { now: Date.parse("2017-10-13T12:00:00+03:00"), includeDrafts: true, people: new Map([["Reem Haddad", person]]) },
);
const pages = archive.pages;
const article = (slug: string) => pages.article.find((page) => page.slug === slug);

describe("page heads", () => {
  it("title every page by its name, the site's name and its page number", () => {
    const topic = pages.topic.find((page) => page.key === "syria");
    expect(topic && listingView(topic, context).head.title).toBe("Syria · Test Archive");
    const secondLatest = pages.latest[1];
    expect(secondLatest && listingView(secondLatest, context).head.title).toBe("Test Archive · page 2");
    expect(listingView(pages.latest[0] as never, context).head).toMatchObject({ title: "Test Archive", metaTitle: "Test Archive", robots: undefined, canonical: true });
    const one = article("one");
    expect(one && articleView(one, context).head).toMatchObject({ title: "Title of 2015/10/one · Test Archive", metaTitle: "Title of 2015/10/one", ogType: "article", lang: "en", dir: "ltr" });
  });

  it("keep search engines away from drafts, the search page and the page for missing addresses", () => {
    const two = article("two");
    expect(two && articleView(two, context).head.robots).toBe("noindex");
    expect(articleView(article("one") as never, context).head.robots).toBeUndefined();
    expect(searchView(pages.search[0], context).head.robots).toBe("noindex");
    expect(notFoundView(pages.notFound[0], context).head).toMatchObject({ robots: "noindex", canonical: false });
  });

  it("announce a listing's own feeds, and offer the site's on the latest articles", () => {
    const topic = pages.topic.find((page) => page.key === "syria") as never;
    expect(listingView(topic, context).head.feeds).toEqual({ atom: "/topics/syria/feed.xml", json: "/topics/syria/feed.json" });
    expect(listingView(pages.latest[0] as never, context)).toMatchObject({ feeds: { atom: "/feed.xml", json: "/feed.json" } });
    expect(listingView(pages.latest[0] as never, context).head.feeds).toBeUndefined();
    const corrections = correctionsView(pages.corrections[0] as never, context);
    expect(corrections.head.feeds).toEqual({ atom: "/corrections/feed.xml", json: "/corrections/feed.json" });
    expect(corrections.count).toBe("1 correction");
  });

  it("name the index of a kind in its order", () => {
    const busiest = pages.entryIndex.find((page) => page.kind === "topic" && page.order === "busiest") as never;
    expect(entryIndexView(busiest, context)).toMatchObject({ heading: "Topics", head: { title: "Topics by number of articles · Test Archive" } });
    expect(entryIndexView(busiest, context).orders.map((order) => order.current)).toEqual([false, true]);
  });
});

describe("bylines", () => {
  it("are joined as the language joins names, each a link to its page", () => {
    expect(joinedNames([{ name: "A", url: "/a/" }, { name: "B", url: "/b/" }, { name: "C", url: "/c/" }], "en")).toEqual([
      { name: "A", url: "/a/" },
      { text: ", " },
      { name: "B", url: "/b/" },
      { text: ", and " },
      { name: "C", url: "/c/" },
    ]);
    expect(joinedNames([{ name: "ريم", url: "/r/" }, { name: "حازم", url: "/h/" }], "ar").map((part) => ("text" in part ? part.text : part.name))).toEqual(["ريم", " و", "حازم"]);
  });

  it("show the authors file's name for a byline, and the person on the first page of their listing", () => {
    expect(articleView(article("one") as never, context).bylines[0]).toEqual({ name: "Dr Reem Haddad", url: "/bylines/reem-haddad/" });
    const reem = pages.byline.find((page) => page.key === "reem-haddad") as never;
    expect(listingView(reem, context)).toMatchObject({ heading: "By Dr Reem Haddad", person: { role: "Heritage correspondent", links: [{ url: "https://example.org/reem", domain: "example.org" }] } });
    const omar = pages.byline.find((page) => page.key === "omar-saleh") as never;
    expect(listingView(omar, context)).toMatchObject({ heading: "By Omar Saleh", person: undefined });
  });
});

describe("calendars", () => {
  it("start the week on the language's first day, with its day names", () => {
    expect([weekStart("en"), weekStart("ar"), weekStart("fr")]).toEqual([7, 6, 1]);
    expect(weekdayNames("en").map((day) => day.short)).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    expect(weekdayNames("fr")[0]?.long).toBe("lundi");
    expect(weekdayNames("ar")[0]?.long).toBe("السبت");
  });

  it("lay a month out in weeks, its days with stories linked with their counts", () => {
    const days = [{ kind: "day" as const, key: "2015/10/13", url: "/2015/10/13/", start: "2015-10-13T00:00:00+03:00", count: 3 }];
    const grid = calendarGrid({ key: "2015/10", caption: "October 2015", url: undefined, count: undefined }, days, "en", context.t);
    // 1 October 2015 was a Thursday: four blank days before it in a week starting on Sunday.
    expect(grid.weeks[0]?.slice(0, 5).map((cell) => cell?.label ?? null)).toEqual([null, null, null, null, "1"]);
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    const thirteenth = grid.weeks.flat().find((cell) => cell?.label === "13");
    expect(thirteenth).toEqual({ label: "13", url: "/2015/10/13/", count: "3", countText: "3 articles" });
    expect(grid.weeks.flat().filter((cell) => cell?.url !== undefined)).toHaveLength(1);
    // In Arabic the week starts on Saturday: Thursday the 1st has five blank days before it.
    expect(calendarGrid({ key: "2015/10", caption: "", url: undefined, count: undefined }, days, "ar", context.t).weeks[0]?.filter((cell) => cell === null)).toHaveLength(5);
  });

  it("give a month's first page its calendar, and a year all twelve months", () => {
    const october = pages.month.find((page) => page.key === "2015/10") as never;
    const view = periodView(october, context);
    expect(view.header).toMatchObject({ name: "October 2015", count: "2 articles", crumbs: [{ name: "2015", url: "/2015/" }, { name: "October 2015", url: "/2015/10/" }] });
    expect(view.calendar?.weeks.flat().filter((cell) => cell?.url).map((cell) => cell?.url)).toEqual(["/2015/10/13/", "/2015/10/20/"]);
    const year = yearView(pages.year.find((page) => page.url === "/2016/") as never, context);
    expect(year.calendars).toHaveLength(12);
    expect(year.calendars.map((grid) => grid.url).filter(Boolean)).toEqual(["/2016/10/"]);
    expect(year.header.later).toBeUndefined();
    expect(year.header.earlier).toEqual({ name: "2015", url: "/2015/" });
  });

  it("link a day to the same day in other years", () => {
    const day = pages.day.find((page) => page.key === "2015/10/13") as never;
    expect(periodView(day, context).onThisDay).toEqual({ url: "/on-this-day/10-13/", text: "October 13 in other years" });
  });
});

describe("on this day", () => {
  it("groups a day's stories by year, newest first", () => {
    const page = pages.onThisDay.find((candidate) => candidate.dayOfYear.key === "10-13") as never;
    const view = onThisDayView(page, context);
    expect(view.head.title).toBe("On this day: October 13 · Test Archive");
    expect(view.years.map((group) => [group.year, group.items.map((item) => item.slug)])).toEqual([
      ["2016", ["three"]],
      ["2015", ["one"]],
    ]);
  });

  it("shows the reference date's stories of earlier years on the front page", () => {
    expect(listingView(pages.latest[0] as never, context).onThisDay).toMatchObject({
      heading: "On this day, October 13",
      url: "/on-this-day/10-13/",
      items: [{ url: "/2016/10/13/three/", year: "2016" }, { url: "/2015/10/13/one/", year: "2015" }],
      more: undefined,
    });
    expect(listingView(pages.latest[1] as never, context).onThisDay).toBeUndefined();
  });
});

describe("article boxes", () => {
  it("give corrections the ids the corrections page links to", () => {
    expect(articleView(article("two") as never, context).corrections).toEqual([{ id: "correction-1", date: "2015-10-21T10:00:00+03:00", text: "A name was misspelt." }]);
    expect(pages.corrections[0]?.items[0]?.url).toBe("/2015/10/20/two/#correction-1");
  });

  it("mark drafts in a preview, and only them", () => {
    expect(articleView(article("two") as never, context).preview).toEqual({ draft: true, embargoed: false });
    expect(articleView(article("one") as never, context).preview).toBeUndefined();
  });
});

it("plans far from any reference date without an on-this-day teaser", () => {
  const { archive: far } = buildArchive([story("2015/10/one")], testSite, { now: farFuture });
  expect(far.pages.latest[0]?.context.onThisDay).toBeUndefined();
});
