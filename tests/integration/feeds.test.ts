import { readFile } from "node:fs/promises";
import path from "node:path";
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";
import type { JsonFeed, JsonFeedItem } from "../../src/publishing/json-feed.ts";
import { loadPage } from "../helpers/project.ts";

const site = inject("sampleSite");
const base = "https://archive.example.org";
const read = (url: string) => readFile(path.join(site, url), "utf8");


describe("Atom feeds", () => {
  it("list the whole site's articles, newest first, parsed by a feed reader", async () => {
    const xml = await read("feed.xml");
    const feed = extractFromXml(xml, { normalization: true, descriptionMaxLen: 0 });
    expect(feed.title).toBe("The Backfile Wire Archive");
    expect(feed.link).toBe(`${base}/`);
    expect(feed.entries).toHaveLength(38);
    expect(feed.entries?.[0]?.link).toBe(`${base}/2025/06/24/damascus-heatwave-health-advisory/`);
  });

  it("carry whole stories with absolute URLs, plus summaries, authors and topics", async () => {
    type Text = { "#text": string; "@_type": string };
    const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "author", "category", "link"].includes(name) }).parse(await read("feed.xml")) as {
      feed: { id: string; updated: string; link: { "@_rel": string; "@_href": string }[]; entry: { id: string; updated: string; published: string; content: Text; summary: Text; author?: { name: string }[]; category?: { "@_term": string }[] }[] };
    };
    expect(atom.feed.id).toBe(`${base}/feed.xml`);
    expect(atom.feed.updated).toBe("2025-06-24T09:10:00.000Z");
    expect(atom.feed.link.map((link) => link["@_rel"])).toEqual(["alternate", "self"]);
    for (const entry of atom.feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/archive\.example\.org\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/);
      expect(entry.content["@_type"]).toBe("html");
      expect(entry.content["#text"]).toContain("<p>");
      expect(entry.summary["#text"].length).toBeGreaterThan(10);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    const published = atom.feed.entry.map((entry) => Date.parse(entry.published));
    expect(published).toEqual([...published].sort((a, b) => b - a));
    const souk = atom.feed.entry.find((entry) => entry.id.includes("aleppo-souk-craftsmen-return"));
    expect(souk?.content["#text"]).toContain(`href="${base}/2015/10/13/aleppo-citadel-restoration-begins/"`);
    expect(souk?.content["#text"]).not.toMatch(/href="\//);
    const frost = atom.feed.entry.find((entry) => entry.id.includes("late-frost-warning"));
    expect([frost?.published, frost?.updated]).toEqual(["2019-03-04T22:30:00.000Z", "2019-03-05T14:40:00.000Z"]);
    // A story's pictures come with absolute addresses too.
    const water = atom.feed.entry.find((entry) => entry.id.includes("amman-water-week-desalination"));
    expect(water?.content["#text"]).toMatch(/<figure class="figure figure--story"><picture><source type="image\/avif" srcset="https:\/\/archive\.example\.org\/media\//);
    const citadel = atom.feed.entry.find((entry) => entry.id.includes("aleppo-citadel-restoration-begins"));
    expect(citadel?.author?.map((author) => author.name)).toEqual(["Reem Haddad", "Hazem Sabbagh"]);
    expect(citadel?.category?.map((category) => category["@_term"])).toEqual(["Heritage", "Archaeology", "Syria"]);
  });

  it("exist for every topic and source, with summaries only", async () => {
    const syria = extractFromXml(await read("topics/syria/feed.xml"));
    expect(syria.title).toBe("Syria · The Backfile Wire Archive");
    expect(syria.entries).toHaveLength(21);
    const lws = extractFromXml(await read("sources/lws/feed.xml"));
    expect(lws.entries).toHaveLength(15);
    expect(await read("topics/syria/feed.xml")).not.toContain("<content");
  });
});

describe("JSON feeds", () => {
  it("are JSON Feed 1.1 documents a feed reader can parse", async () => {
    const text = await read("feed.json");
    const feed = extractFromJson(JSON.parse(text) as Record<string, unknown>);
    expect(feed.title).toBe("The Backfile Wire Archive");
    expect(feed.entries).toHaveLength(38);
    const document = JSON.parse(text) as JsonFeed;
    expect(document.version).toBe("https://jsonfeed.org/version/1.1");
    expect(document.feed_url).toBe(`${base}/feed.json`);
    expect(document.home_page_url).toBe(`${base}/`);
    const [first] = document.items;
    expect(first).toMatchObject({ id: `${base}/2025/06/24/damascus-heatwave-health-advisory/`, date_published: "2025-06-24T12:10:00+03:00", language: "en" });
    expect(first?.content_html).toContain("<p>");
    expect(first?.image).toMatch(/^https:\/\/archive\.example\.org\/media\/[0-9a-f]{12}-1280\.jpeg$/);
  });

  it("carry summaries only for topics and sources, and every item's language", async () => {
    const document = JSON.parse(await read("topics/athar/feed.json")) as { items: JsonFeedItem[] };
    expect(document.items).toHaveLength(1);
    expect(document.items[0]?.language).toBe("ar");
    expect(document.items[0]?.content_html).toBeUndefined();
    expect(document.items[0]?.content_text).toBe(document.items[0]?.summary);
  });
});

describe("feed discovery", () => {
  it("announces the site's feeds on every page, and a listing's own feeds first", async () => {
    const home = await loadPage(site, "/");
    expect(home('link[rel=alternate][type="application/atom+xml"]').attr("href")).toBe("/feed.xml");
    expect(home('link[rel=alternate][type="application/feed+json"]').attr("href")).toBe("/feed.json");
    const topic = await loadPage(site, "/topics/syria/");
    expect(topic("link[rel=alternate]").map((_, link) => topic(link).attr("href")).get()).toEqual([
      "/topics/syria/feed.xml",
      "/topics/syria/feed.json",
      "/feed.xml",
      "/feed.json",
    ]);
    expect(topic(".listing-header__feeds a").first().attr("href")).toBe("/topics/syria/feed.xml");
  });
});
