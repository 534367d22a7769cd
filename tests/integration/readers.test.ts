import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import { loadPage } from "../helpers/project.ts";

const site = inject("sampleSite");
const base = "https://archive.example.org";
const citadel = "/2015/10/13/aleppo-citadel-restoration-begins/";
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, tag) => $(tag).attr("content")).get();
const jsonLd = ($: CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
/** Every file a picture names in `srcset` and `src`, as site paths. */
const pictureFiles = ($: CheerioAPI, scope: string) =>
  $(`${scope} source, ${scope} img`)
    .map((_, element) => [($(element).attr("srcset") ?? "").split(", ").map((entry) => entry.split(" ")[0] ?? ""), $(element).attr("src") ?? ""])
    .get()
    .flat()
    .filter((url: string) => url.startsWith("/media/"));

describe("pictures", () => {
  it("show an article's lead picture in AVIF, WebP and JPEG widths, sized, loaded at once, with its caption and credit", async () => {
    const $ = await loadPage(site, citadel);
    const figure = $(".story .figure--lead");
    expect(figure.find("source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    const img = figure.find("img");
    expect(img.attr("srcset")?.split(", ")).toHaveLength(4);
    expect([img.attr("width"), img.attr("height"), img.attr("loading")]).toEqual(["1280", "800", undefined]);
    expect(img.attr("alt")).toMatch(/^A schematic drawing of the citadel/);
    expect(figure.find(".figure__caption").text()).toMatch(/^The entrance block/);
    expect(figure.find(".figure__credit").text()).toBe("Drawing: LWS graphics");
    const files = pictureFiles($, ".story .figure--lead");
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) expect(existsSync(path.join(site, file)), file).toBe(true);
  });

  it("give link previews and structured data the picture's absolute address and size", async () => {
    const $ = await loadPage(site, citadel);
    const [image] = meta($, "og:image");
    expect(image).toMatch(/^https:\/\/archive\.example\.org\/media\/[0-9a-f]{12}-1280\.jpeg$/);
    expect(existsSync(path.join(site, new URL(image ?? "").pathname))).toBe(true);
    expect([meta($, "og:image:width"), meta($, "og:image:height"), meta($, "twitter:image"), meta($, "twitter:card")]).toEqual([["1280"], ["800"], [image], ["summary_large_image"]]);
    expect(jsonLd($)["image"]).toEqual([expect.objectContaining({ "@type": "ImageObject", url: image, creditText: "Drawing: LWS graphics" })]);
  });

  it("are published once however many articles show them: the Arabic story's picture is the English one's, described in Arabic", async () => {
    const english = await loadPage(site, citadel);
    const arabic = await loadPage(site, "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    expect(pictureFiles(arabic, ".figure--lead")).toEqual(pictureFiles(english, ".figure--lead"));
    expect(arabic(".figure--lead img").attr("alt")).toMatch(/^رسم تخطيطي/);
    expect(arabic(".figure--lead .figure__credit").text()).toBe("رسم: قسم الرسوم في LWS");
    const jableh = await loadPage(site, "/2023/03/15/madaris-jableh-taud-baad-tarmim/");
    expect(jableh(".figure--lead img").attr("alt")).toContain("مدرسة جبلة");
  });

  it("show a picture of the story where the story names it, lazily, with its caption and credit", async () => {
    const $ = await loadPage(site, "/2024/05/14/amman-water-week-desalination/");
    const figure = $(".story__body figure.figure--story");
    expect(figure).toHaveLength(1);
    expect(figure.prev("p").text()).toMatch(/^The three-day meeting/);
    expect(figure.find("img").attr("loading")).toBe("lazy");
    expect(figure.find(".figure__caption").text()).toBe("What a cubic metre of water costs from each source, as presented at the conference");
    expect(figure.find(".figure__credit").text()).toBe("Chart: MNA graphics");
    expect($("[data-picture]")).toHaveLength(0);
  });

  it("leave a decorative picture without a description, and link previews without alt text", async () => {
    const $ = await loadPage(site, "/2016/06/09/paris-exposition-mosaiques-syriennes/");
    expect($(".figure--lead img").attr("alt")).toBe("");
    expect(meta($, "og:image")).toHaveLength(1);
    expect(meta($, "og:image:alt")).toEqual([]);
  });

  it("appear on cards as thumbnails, loaded lazily, and large for the front page's lead story", async () => {
    const $ = await loadPage(site, "/");
    const lead = $(".card--lead");
    expect(lead.find(".card__title a").attr("href")).toBe("/2025/06/24/damascus-heatwave-health-advisory/");
    expect(lead.find(".card__picture img").attr("loading")).toBeUndefined();
    const thumbnails = $(".card:not(.card--lead) .card__picture img");
    expect(thumbnails.length).toBeGreaterThanOrEqual(2);
    expect(thumbnails.map((_, img) => $(img).attr("loading")).get()).toEqual(Array(thumbnails.length).fill("lazy"));
    expect($(".card:not(.card--picture) .card__picture")).toHaveLength(0);
  });
});

describe("people", () => {
  it("are described on their byline's page: role, bio, portrait and links", async () => {
    const $ = await loadPage(site, "/bylines/reem-haddad/");
    expect($("h1").text()).toBe("By Reem Haddad");
    expect($(".person__role").text()).toBe("Heritage correspondent, Aleppo");
    expect($(".person__bio").text()).toMatch(/^Reem Haddad has reported/);
    expect($(".person__picture img").attr("alt")).toBe("");
    expect($(".person__links a").map((_, link) => $(link).attr("href")).get()).toEqual(["https://example.org/people/reem-haddad", "https://social.example/@reemhaddad"]);
    const arabic = await loadPage(site, "/bylines/rym-hdad/");
    expect(arabic(".person__role").text()).toBe("مراسلة شؤون التراث في حلب");
    const plain = await loadPage(site, "/bylines/karim-bitar/");
    expect(plain(".person")).toHaveLength(0);
  });

  it("are people in structured data, with their byline page and their pages elsewhere", async () => {
    const data = jsonLd(await loadPage(site, citadel));
    expect(data["author"]).toEqual([
      { "@type": "Person", name: "Reem Haddad", url: `${base}/bylines/reem-haddad/`, jobTitle: "Heritage correspondent, Aleppo", sameAs: ["https://example.org/people/reem-haddad", "https://social.example/@reemhaddad"] },
      { "@type": "Person", name: "Hazem Sabbagh", url: `${base}/bylines/hazem-sabbagh/`, jobTitle: "Agriculture and economy reporter", sameAs: ["https://example.org/people/hazem-sabbagh"] },
    ]);
  });
});

describe("the corrections page", () => {
  it("lists every correction newest first, each linking to the note on its story", async () => {
    const $ = await loadPage(site, "/corrections/");
    const dates = $(".correction time").map((_, time) => Date.parse($(time).attr("datetime") ?? "")).get();
    expect(dates).toHaveLength(3);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const first = $(".correction").first();
    expect(first.find(".correction__story a").attr("href")).toBe("/2022/06/25/tartus-fishermen-open-cooperative-market/#correction-1");
    expect(first.find(".correction__text").text()).toMatch(/^An earlier version said the cooperative has 60 members/);
    const story = await loadPage(site, "/2022/06/25/tartus-fishermen-open-cooperative-market/");
    expect(story("#correction-1").text()).toContain("It has 45 members");
  });

  it("has its own Atom and JSON feeds, announced on the page, and is linked from every page's footer", async () => {
    const $ = await loadPage(site, "/corrections/");
    expect($('link[rel="alternate"][type="application/atom+xml"]').first().attr("href")).toBe("/corrections/feed.xml");
    const atom = new XMLParser({ ignoreAttributes: false }).parse(await readFile(path.join(site, "corrections/feed.xml"), "utf8")) as { feed: { title: string; entry: { title: { "#text": string }; id: string }[] } };
    expect(atom.feed.title).toBe("Corrections · The Backfile Wire Archive");
    expect(atom.feed.entry.map((entry) => entry.id)).toEqual([
      `${base}/2022/06/25/tartus-fishermen-open-cooperative-market/#correction-1`,
      `${base}/2019/03/05/late-frost-warning-for-orchards/#correction-1`,
      `${base}/2018/12/04/beirut-coastal-rail-study/#correction-1`,
    ]);
    expect(atom.feed.entry[0]?.title["#text"]).toBe("Correction: Tartus fishermen open a cooperative market on the harbour front");
    const json = JSON.parse(await readFile(path.join(site, "corrections/feed.json"), "utf8")) as { items: { content_text: string }[] };
    expect(json.items).toHaveLength(3);
    const home = await loadPage(site, "/");
    expect(home(".site-footer a").map((_, link) => home(link).attr("href")).get()).toEqual(expect.arrayContaining(["/corrections/", "/on-this-day/"]));
  });
});

describe("on this day", () => {
  it("lists a calendar day's stories across the years, newest year first, linked from each day's page", async () => {
    const $ = await loadPage(site, "/on-this-day/06-25/");
    expect($("h1").text()).toBe("On this day: June 25");
    expect($(".on-this-day-year > h2").map((_, heading) => $(heading).text()).get()).toEqual(["2022", "2017"]);
    const day = await loadPage(site, "/2017/06/25/");
    expect(day(".period-on-this-day a").attr("href")).toBe("/on-this-day/06-25/");
    const index = await loadPage(site, "/on-this-day/");
    expect(index('a[href="/on-this-day/06-25/"]').text()).toBe("June 25");
  });

  it("shows the reference date's stories of earlier years on the front page", async () => {
    const $ = await loadPage(site, "/");
    expect($(".on-this-day-teaser h2").text()).toBe("On this day, June 25");
    expect($(".on-this-day-teaser li a").map((_, link) => $(link).attr("href")).get()).toEqual([
      "/2022/06/25/tartus-fishermen-open-cooperative-market/",
      "/2017/06/25/aleppo-bookbinders-take-apprentices/",
    ]);
  });
});

describe("calendars", () => {
  it("draw a month's days as a table, week by week, its days with stories linked with their counts", async () => {
    const $ = await loadPage(site, "/2015/10/");
    const table = $("table.month-calendar");
    expect(table.find("caption").text().trim()).toBe("October 2015");
    expect(table.find('thead th[scope="col"] abbr').map((_, abbr) => $(abbr).attr("title")).get()).toEqual(["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]);
    expect(table.find("tbody tr")).toHaveLength(5);
    const thirteenth = table.find('a[href="/2015/10/13/"]');
    expect(thirteenth.find(".month-calendar__count").text()).toBe("3");
    expect(thirteenth.find(".visually-hidden").text()).toBe("3 articles");
    expect($(".card").length).toBeGreaterThan(0);
  });

  it("draw a year's twelve months, linking the months and days that have stories", async () => {
    const $ = await loadPage(site, "/2019/");
    expect($("table.month-calendar")).toHaveLength(12);
    expect($("table.month-calendar caption a").map((_, link) => $(link).attr("href")).get()).toEqual(["/2019/03/", "/2019/10/"]);
    expect($('table.month-calendar td a[href="/2019/03/05/"]')).toHaveLength(1);
  });
});

describe("an article's boxes", () => {
  it("show each story once: translations, Check also, previous and next, more on the topic, more from the source", async () => {
    const $ = await loadPage(site, citadel);
    const hrefs = $(".story__translations a, .check-also a:not(.external), .adjacent a, .more-from li a").map((_, link) => $(link).attr("href")).get();
    expect(hrefs.length).toBeGreaterThan(8);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect($(".story__translations a").attr("href")).toBe("/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    expect($(".check-also a").first().attr("href")).toBe("/2013/05/14/palmyra-survey-team-maps-tower-tombs/");
  });
});
