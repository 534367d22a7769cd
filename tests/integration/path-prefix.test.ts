import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "../helpers/link-check.ts";
import { loadPage, projectRoot, runCli, useTemporaryFolder } from "../helpers/project.ts";
import { sampleNow } from "../setup/build-sample-site.ts";

const base = "https://newsroom.example.net";

describe("a site hosted under /archive/", () => {
  const folder = useTemporaryFolder();
  let site: string;

  beforeAll(async () => {
    site = path.join(folder.path, "site");
    const result = await runCli("build", [
      "--content", path.join(projectRoot, "content"),
      "--output", site,
      "--cache-dir", path.join(folder.path, "cache"),
      "--path-prefix", "/archive/",
      "--base-url", base,
      "--now", sampleNow,
      "--quiet",
    ]);
    expect(result.code, result.stderr).toBe(0);
  });

  it("keeps every internal link, asset and fragment working under the prefix", async () => {
    const { links, broken } = await checkLinks(site, "/archive/");
    expect(links).toBeGreaterThan(3000);
    expect(broken).toEqual([]);
  });

  it("prefixes navigation, assets, feeds and links written in stories", async () => {
    const $ = await loadPage(site, "/2017/04/19/aleppo-souk-craftsmen-return/");
    expect($('link[rel="stylesheet"]').attr("href")).toMatch(/^\/archive\/assets\/style\.[0-9a-f]{10}\.css$/);
    expect($(".site-name").attr("href")).toBe("/archive/");
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr("href")).toBe("/archive/feed.xml");
    expect($(".story__body a[href*='aleppo-citadel']").attr("href")).toBe("/archive/2015/10/13/aleppo-citadel-restoration-begins/");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${base}/archive/2017/04/19/aleppo-souk-craftsmen-return/`);
  });

  it("writes absolute URLs with the prefix in feeds, sitemaps and robots.txt", async () => {
    const read = (file: string) => readFile(path.join(site, file), "utf8");
    expect(await read("feed.xml")).toContain(`<id>${base}/archive/2025/06/24/damascus-heatwave-health-advisory/</id>`);
    expect(await read("feed.xml")).toContain(`href="${base}/archive/2015/10/13/aleppo-citadel-restoration-begins/"`);
    expect(JSON.parse(await read("feed.json")).feed_url).toBe(`${base}/archive/feed.json`);
    const sitemap = await read("sitemap.xml");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.every((loc) => loc?.startsWith(`${base}/archive/`))).toBe(true);
    expect(await read("robots.txt")).toContain(`Sitemap: ${base}/archive/sitemap.xml`);
    expect(await read("news-sitemap.xml")).toContain(`<loc>${base}/archive/2025/06/24/damascus-heatwave-health-advisory/</loc>`);
  });

  it("links the 404 page to the prefixed site, wherever it is served", async () => {
    const html = await readFile(path.join(site, "404.html"), "utf8");
    expect(html).toContain('href="/archive/dates/"');
    expect(html).not.toMatch(/href="\/(?!archive\/)/);
  });
});
