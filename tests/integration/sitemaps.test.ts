import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, inject, it } from "vitest";

const site = inject("sampleSite");
const base = "https://archive.example.org";
const w3cDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "sitemap" }).parse(xml) as Record<string, Record<string, unknown>>;

describe("sitemap.xml", () => {
  it("lists every HTML page once, with absolute URLs and W3C dates, within the protocol's limits", async () => {
    const xml = await readFile(path.join(site, "sitemap.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
    const urlset = parse(xml)["urlset"] as { "@_xmlns": string; url: { loc: string; lastmod?: string }[] };
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const locs = urlset.url.map((url) => url.loc);
    expect(locs.length).toBeLessThanOrEqual(50_000);
    expect(new Set(locs).size).toBe(locs.length);
    for (const url of urlset.url) {
      expect(url.loc.startsWith(`${base}/`), url.loc).toBe(true);
      expect(url.lastmod, url.loc).toMatch(w3cDate);
      expect(existsSync(path.join(site, url.loc.slice(base.length), "index.html")), url.loc).toBe(true);
    }
    // Every page but the search page, which has nothing of its own to index, and the pages at old addresses.
    const lines = (await readFile(path.join(site, "_redirects"), "utf8")).trim().split("\n");
    const redirects = new Set(lines.map((line) => decodeURI(line.split(" ")[0] ?? "").slice(1)));
    const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith("index.html") && !file.startsWith("search") && !redirects.has(file.slice(0, -"index.html".length)));
    expect(locs).toHaveLength(pages.length);
    expect(locs).not.toContain(`${base}/search/`);
    expect(locs).not.toContain(`${base}/404.html`);
  });

  it("dates an article by its last change and a listing by its newest article", async () => {
    const urls = (parse(await readFile(path.join(site, "sitemap.xml"), "utf8"))["urlset"] as { url: { loc: string; lastmod: string }[] }).url;
    const lastmod = (url: string) => urls.find((entry) => entry.loc === `${base}${url}`)?.lastmod;
    expect(lastmod("/2019/03/05/late-frost-warning-for-orchards/")).toBe("2019-03-05T14:40:00.000Z");
    expect(lastmod("/")).toBe("2025-06-24T09:10:00.000Z");
    expect(lastmod("/2015/10/")).toBe(new Date("2015-10-28T13:00:00+01:00").toISOString());
  });
});

describe("news-sitemap.xml", () => {
  it("lists the articles of the 48 hours before the build's reference time, for Google News", async () => {
    const xml = await readFile(path.join(site, "news-sitemap.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const urlset = parse(xml)["urlset"] as { "@_xmlns:news": string; url: { loc: string; "news:news": Record<string, unknown> }[] };
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(urlset.url).toHaveLength(1);
    const [entry] = urlset.url;
    expect(entry?.loc).toBe(`${base}/2025/06/24/damascus-heatwave-health-advisory/`);
    expect(entry?.["news:news"]).toEqual({
      "news:publication": { "news:name": "Backfile Wire Archive", "news:language": "en" },
      "news:publication_date": "2025-06-24T12:10:00+03:00",
      "news:title": "Health ministry issues heat advisory as temperatures near 42 degrees in Damascus",
    });
  });
});

describe("robots.txt", () => {
  it("lets crawlers in and names both sitemaps", async () => {
    expect(await readFile(path.join(site, "robots.txt"), "utf8")).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\nSitemap: ${base}/news-sitemap.xml\n`,
    );
  });
});
