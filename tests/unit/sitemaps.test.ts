import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { newsUrlLimit, planNewsSitemap, planRobots, planSitemaps } from "../../src/archive/sitemaps.ts";
import { farFuture, story, testSite } from "./archive-helpers.ts";

const stories = Array.from({ length: 6 }, (_, index) => story(`a/s${index}`, { date: `2015-10-${String(10 + index).padStart(2, "0")}T10:00:00+03:00` }));
const { archive } = buildArchive(stories, testSite, { now: farFuture });

describe("planSitemaps", () => {
  it("makes one sitemap while the URLs fit", () => {
    const [sitemap, ...rest] = planSitemaps(archive.pages);
    expect(rest).toEqual([]);
    expect(sitemap?.kind).toBe("urlset");
    expect(sitemap?.url).toBe("/sitemap.xml");
  });

  it("becomes an index of numbered parts beyond the limit", () => {
    const all = planSitemaps(archive.pages);
    const total = all[0]?.kind === "urlset" ? all[0].entries.length : 0;
    const split = planSitemaps(archive.pages, 5);
    const [index, ...parts] = split;
    expect(index?.kind).toBe("index");
    expect(index?.url).toBe("/sitemap.xml");
    expect(parts.map((part) => part.url)).toEqual(Array.from({ length: Math.ceil(total / 5) }, (_, n) => `/sitemap-${n + 1}.xml`));
    expect(parts.flatMap((part) => (part.kind === "urlset" ? part.entries : []))).toHaveLength(total);
    expect(index?.kind === "index" && index.parts.every((part) => part.lastmod !== undefined)).toBe(true);
  });
});

describe("planNewsSitemap", () => {
  const now = Date.parse("2015-10-15T10:00:00+03:00");

  it("keeps articles of the 48 hours up to the reference time, newest first", () => {
    expect(planNewsSitemap(archive.articles, now)?.items.map((article) => article.slug)).toEqual(["s5", "s4"]);
  });

  it("excludes an article exactly 48 hours old, and caps the list", () => {
    const boundary = Date.parse("2015-10-15T10:00:00+03:00");
    expect(planNewsSitemap(archive.articles, boundary)?.items.map((article) => article.slug)).not.toContain("s3");
    const newest = archive.articles[0];
    if (!newest) throw new Error("no articles");
    const many = Array.from({ length: newsUrlLimit + 5 }, () => newest);
    expect(planNewsSitemap(many, newest.publishedMs + 60_000)?.items).toHaveLength(newsUrlLimit);
  });

  it("plans no news sitemap, and robots.txt names none, while no article is in the window", () => {
    const later = Date.parse("2016-01-01T00:00:00Z");
    expect(planNewsSitemap(archive.articles, later)).toBeUndefined();
    expect(planRobots(undefined).sitemaps).toEqual(["/sitemap.xml"]);
    expect(planRobots(planNewsSitemap(archive.articles, now)).sitemaps).toEqual(["/sitemap.xml", "/news-sitemap.xml"]);
  });
});

describe("a sitemap past 50,000 URLs", () => {
  it("is an index at /sitemap.xml of parts at the site's root, each within the protocol's limit", async () => {
    const { XMLParser } = await import("fast-xml-parser");
    const { sitemapXml } = await import("../../src/publishing/sitemap-xml.ts");
    const start = Date.parse("2000-01-01T12:00:00Z");
    const many = Array.from({ length: 14_000 }, (_, index) =>
      story(`a/s${index}`, { date: new Date(start + index * 9 * 3_600_000).toISOString().replace(/\.\d+Z$/, "Z"), topics: [`Topic ${index % 20}`] }),
    );
    const pages = buildArchive(many, testSite, { now: farFuture }).archive.pages;
    const [index, ...parts] = planSitemaps(pages);
    expect(index?.kind).toBe("index");
    expect(index?.url).toBe("/sitemap.xml");
    const listed = parts.flatMap((part) => (part.kind === "urlset" ? part.entries.map((entry) => entry.url) : []));
    expect(listed.length).toBeGreaterThan(50_000);
    expect(new Set(listed).size).toBe(listed.length);
    for (const part of parts) {
      expect(part.url).toMatch(/^\/sitemap-\d+\.xml$/);
      expect(part.kind === "urlset" && part.entries.length).toBeLessThanOrEqual(50_000);
    }

    const parser = new XMLParser({ isArray: (name) => name === "url" || name === "sitemap" });
    const indexXml = parser.parse(await sitemapXml(index as NonNullable<typeof index>, testSite)) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(indexXml.sitemapindex.sitemap.map((entry) => entry.loc)).toEqual(parts.map((part) => `https://archive.example.org${part.url}`));
    const first = parser.parse(await sitemapXml(parts[0] as NonNullable<(typeof parts)[0]>, testSite)) as { urlset: { url: { loc: string }[] } };
    expect(first.urlset.url).toHaveLength(50_000);
    expect(first.urlset.url.every((entry) => entry.loc.startsWith("https://archive.example.org/"))).toBe(true);
  }, 60_000);
});
