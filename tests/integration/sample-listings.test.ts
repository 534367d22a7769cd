import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "../helpers/link-check.ts";
import { loadPage } from "../helpers/project.ts";

const site = inject("sampleSite");
const hrefs = ($: CheerioAPI, selector: string) => $(selector).map((_, link) => $(link).attr("href")).get();
const counted = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, item) => `${$(item).find("a").first().text()}:${$(item).find(".count").text().replace(/\D+/g, "")}`)
    .get();

describe("sample site listings", () => {
  it("pages the home page: the 20 newest in front, then numbered pages counted from the oldest", async () => {
    const front = await loadPage(site, "/");
    const newest = await loadPage(site, "/page/2/");
    const oldest = await loadPage(site, "/page/1/");
    expect(front(".card")).toHaveLength(20);
    expect(newest(".card")).toHaveLength(18);
    expect(oldest(".card")).toHaveLength(20);
    expect(existsSync(path.join(site, "page/3"))).toBe(false);
    expect(front(".card__title a").first().attr("href")).toBe("/2025/06/24/damascus-heatwave-health-advisory/");
    expect(newest(".card__title a").first().attr("href")).toBe("/2025/06/24/damascus-heatwave-health-advisory/");
    expect(oldest(".card__title a").last().attr("href")).toBe("/2013/05/14/palmyra-survey-team-maps-tower-tombs/");
    const hrefs = (page: typeof front) => page(".card__title a").map((_, link) => page(link).attr("href")).get();
    // The front page shows page 2 whole and the newest of page 1; reading on goes to page 1.
    expect(hrefs(front)).toEqual([...hrefs(newest), ...hrefs(oldest).slice(0, 2)]);
    const times = [...front(".card time").get(), ...oldest(".card time").get().slice(2)].map((time) => Date.parse(front(time).attr("datetime") ?? ""));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(front(".pagination a[rel=next]").attr("href")).toBe("/page/1/");
    expect(newest(".pagination a[rel=prev]").attr("href")).toBe("/");
    expect(newest(".pagination a[rel=next]").attr("href")).toBe("/page/1/");
    expect(oldest(".pagination a[rel=prev]").attr("href")).toBe("/page/2/");
    expect(oldest(".pagination a[rel=next]")).toHaveLength(0);
  });

  it("shows each card's headline, dateline, date, summary and source", async () => {
    const $ = await loadPage(site, "/");
    const card = $(".card").first();
    expect(card.find(".card__title").text()).not.toBe("");
    expect(card.find(".card__dateline").text()).toBe("Damascus");
    expect(card.find("time").attr("datetime")).toMatch(/^2025-06-24/);
    expect(card.find(".card__summary").text().length).toBeGreaterThan(20);
    expect(card.find(".card__meta a").attr("href")).toBe("/sources/gpa/");
  });

  it("indexes topics A–Z and busiest first, with counts", async () => {
    const az = await loadPage(site, "/topics/");
    const entries = counted(az, ".entry-list li");
    expect(entries).toHaveLength(26);
    expect(entries).toContain("Syria:21");
    expect(entries).toContain("Heritage:11");
    const names = az(".entry-list li a").map((_, link) => az(link).text()).get();
    const latin = names.filter((name) => /^[A-Za-z]/.test(name));
    expect(latin).toEqual([...latin].sort((a, b) => a.localeCompare(b, "en")));
    const busiest = await loadPage(site, "/topics/by-count/");
    expect(counted(busiest, ".entry-list li").slice(0, 4)).toEqual(["Syria:21", "Heritage:11", "Science:8", "Agriculture:6"]);
  });

  it("counts sources", async () => {
    const $ = await loadPage(site, "/sources/by-count/");
    expect(counted($, ".entry-list li")).toEqual(["LWS:15", "MNA:7", "GPA:6", "Cedar Press:5", "Tigris Wire:5"]);
  });

  it("gives Arabic topics, bylines and datelines working, stable transliterated URLs", async () => {
    const $ = await loadPage(site, "/topics/");
    const arabic = $(".entry-list li a").filter((_, link) => /[\u0600-\u06FF]/.test($(link).text()));
    expect(arabic.length).toBe(4);
    for (const href of arabic.map((_, link) => $(link).attr("href")).get()) {
      expect(href).toMatch(/^\/topics\/[a-z0-9-]+\/$/);
      expect(existsSync(path.join(site, href, "index.html")), href).toBe(true);
    }
    expect(existsSync(path.join(site, "topics/athar/index.html"))).toBe(true);
  });

  it("lists a topic's articles, newest first, with a link back to the index", async () => {
    const $ = await loadPage(site, "/topics/heritage/");
    expect($("h1").text()).toBe("Heritage");
    expect($(".listing-header__count").text()).toBe("11 articles");
    expect($(".card")).toHaveLength(11);
    expect($(".listing-header__kind a").attr("href")).toBe("/topics/");
    const syria = await loadPage(site, "/topics/syria/");
    expect(syria(".card")).toHaveLength(20);
    // The front page shows the newest 20; the numbered pages count from the oldest, so the next older page is page 1.
    expect(syria(".pagination a[rel=next]").attr("href")).toBe("/topics/syria/page/1/");
    expect((await loadPage(site, "/topics/syria/page/1/"))(".card")).toHaveLength(20);
    expect((await loadPage(site, "/topics/syria/page/2/"))(".card")).toHaveLength(1);
  });

  it("has year pages with their months and counts, linking to the nearest years with articles", async () => {
    const $ = await loadPage(site, "/2019/");
    expect(counted($, "table.month-calendar caption:has(a)")).toEqual(["March 2019:4", "October 2019:1"]);
    expect(hrefs($, ".period-nav a")).toEqual(["/2018/", "/2021/"]);
    expect($("h1").text()).toBe("2019");
  });

  it("has month pages with their days, and day pages with breadcrumbs", async () => {
    const month = await loadPage(site, "/2019/03/");
    expect(month(".listing-header__count").text()).toBe("4 articles");
    expect(hrefs(month, "table.month-calendar td a")).toEqual(["/2019/03/05/", "/2019/03/12/", "/2019/03/26/"]);
    expect(hrefs(month, ".period-nav a")).toEqual(["/2018/12/", "/2019/10/"]);
    const day = await loadPage(site, "/2019/03/05/");
    expect(day(".card")).toHaveLength(2);
    expect(hrefs(day, ".breadcrumbs a")).toEqual(["/", "/2019/", "/2019/03/", "/2019/03/05/"]);
    expect(day(".breadcrumbs [aria-current=page]").text()).toBe("March 5, 2019");
  });

  it("lists every year and month on the calendar page", async () => {
    const $ = await loadPage(site, "/dates/");
    expect($(".calendar-year h2 a").map((_, link) => $(link).text()).get()).toEqual([
      "2025", "2024", "2023", "2022", "2021", "2019", "2018", "2017", "2016", "2015", "2014", "2013",
    ]);
  });

  it("gives each article breadcrumbs, previous/next story and more from its topic and source", async () => {
    const $ = await loadPage(site, "/2019/03/05/late-frost-warning-for-orchards/");
    expect(hrefs($, ".breadcrumbs a")).toEqual(["/", "/2019/", "/2019/03/", "/2019/03/05/"]);
    expect($(".adjacent a[rel=prev]").attr("href")).toMatch(/^\/2019\/03\/05\/|^\/2018\//);
    expect($(".adjacent a[rel=next]").attr("href")).toMatch(/^\/2019\//);
    expect($("#more-topic a").first().attr("href")).toMatch(/^\/topics\//);
    // Its first topic, Weather, has four articles: of the three others, one is in its Check also box, so two are shown.
    expect($("#more-topic ~ ul li")).toHaveLength(2);
    expect($("#more-source a").first().attr("href")).toBe("/sources/lws/");
  });

  it("has a 404 page whose links work from any depth", async () => {
    const $ = load(await readFile(path.join(site, "404.html"), "utf8"));
    expect($("h1").text()).toBe("Page not found");
    expect(hrefs($, "main a").every((href) => href.startsWith("/"))).toBe(true);
  });

  it("has no broken internal link anywhere in the output", async () => {
    const { pages, links, broken } = await checkLinks(site);
    expect(pages).toBeGreaterThan(150);
    expect(links).toBeGreaterThan(3000);
    expect(broken).toEqual([]);
  });
});
