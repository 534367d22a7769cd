/// <reference lib="dom" />
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, runCli, useTemporaryFolder } from "../helpers/project.ts";
import { serveSite } from "../helpers/static-server.ts";
import { useSampleSiteInBrowser } from "../helpers/sample-in-browser.ts";
import { launchBrowser } from "../setup/browser.ts";
import { sampleNow } from "../setup/build-sample-site.ts";

const screenshots = path.join(projectRoot, "test-results", "screenshots");

describe("the sample site in a real browser", () => {
  const site = useSampleSiteInBrowser();
  const { open } = site;
  beforeAll(() => mkdir(screenshots, { recursive: true }));

  it("leads from the home page through a listing to an article", async () => {
    const page = await open("/");
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Topics" }).click();
    await expect.poll(() => page.url()).toBe(`${site.origin}/topics/`);
    await page.getByRole("link", { name: /^Heritage/ }).first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Heritage");
    const headline = await page.locator(".card__title a").first().textContent();
    await page.locator(".card__title a").first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    expect(await page.locator(".story__body .dateline").count()).toBe(1);
    await page.context().close();
  });

  it("searches every year's stories, filters by source, orders by date across the years, and keeps it all in the address", async () => {
    const page = await open("/search/?q=aleppo");
    await page.locator(".search-result").first().waitFor();
    const links = () => page.locator(".search-result__title a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    const all = await links();
    expect(all.length).toBeGreaterThan(2);
    expect(all.every((href) => /^\/\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/.test(href ?? ""))).toBe(true);
    // The stories found come from more than one year's search bundle.
    expect(new Set(all.map((href) => href?.slice(1, 5))).size).toBeGreaterThan(1);

    const lws = new Set(load(await (await fetch(`${site.origin}/sources/lws/`)).text())(".card__title a").map((_, anchor) => anchor.attribs["href"]).get());
    await page.locator('input[name="source"][value="LWS"]').check();
    await page.waitForURL(/source=LWS/);
    await expect.poll(async () => (await links()).length).toBeLessThan(all.length);
    const filtered = await links();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((href) => lws.has(href ?? ""))).toBe(true);

    await page.selectOption("#search-sort", "newest");
    await page.waitForURL(/sort=newest/);
    await page.locator('input[name="source"][value="LWS"]').uncheck();
    await page.waitForURL((url) => !url.search.includes("source="));
    await expect.poll(async () => (await links()).length).toBe(all.length);
    const newest = await links();
    const days = newest.map((href) => href?.slice(1, 11) ?? "");
    expect(days).toEqual([...days].sort().reverse());

    // Reloaded, the address gives the same search back.
    await page.reload({ waitUntil: "networkidle" });
    await page.locator(".search-result").first().waitFor();
    expect(await page.locator("#search-query").inputValue()).toBe("aleppo");
    expect(await page.locator("#search-sort").inputValue()).toBe("newest");
    expect(await links()).toEqual(newest);
    await page.context().close();
  });

  it("finds a reporter's stories by their name, narrows them by byline and year, and restores the filters from the address", async () => {
    const page = await open("/search/?q=Sabbagh");
    await page.locator(".search-result").first().waitFor();
    const titles = () => page.locator(".search-result__title a").allTextContents();
    expect(await titles()).toHaveLength(3);
    expect(await page.locator(".search-result__meta").first().textContent()).toContain("Hazem Sabbagh");
    // Excerpts come from the story, never repeating the headline shown above them.
    for (const result of await page.locator(".search-result").all()) {
      const headline = (await result.locator(".search-result__title").textContent()) ?? "";
      expect(await result.locator(".search-result__excerpt").textContent()).not.toContain(headline);
    }
    // Values no result has are not offered.
    expect(await page.locator('.search-filter input[name="byline"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(["Hazem Sabbagh", "Reem Haddad"]);
    await page.locator('input[name="byline"][value="Reem Haddad"]').check();
    await page.waitForURL(/byline=Reem\+Haddad/);
    await expect.poll(titles).toEqual(["Restoration of Aleppo citadel gate begins after two-year survey"]);
    await page.locator('input[name="byline"][value="Reem Haddad"]').uncheck();
    await page.locator('input[name="year"][value="2014"]').check();
    await page.waitForURL(/year=2014/);
    await expect.poll(async () => (await titles()).length).toBe(1);
    const narrowed = page.url();

    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(titles).toHaveLength(1);
    expect(await page.locator('input[name="year"][value="2014"]').isChecked()).toBe(true);
    expect(await page.locator("#search-query").inputValue()).toBe("Sabbagh");

    await page.goBack();
    await expect.poll(async () => (await titles()).length).toBe(3);
    expect(await page.locator('input[name="year"][value="2014"]').isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(() => page.url()).toBe(narrowed);
    await expect.poll(async () => (await titles()).length).toBe(1);

    // One search box on the search page: the header's gives way to it.
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.context().close();
  });

  it("finds stories by where they were filed, with a dateline filter", async () => {
    const page = await open("/search/?q=Tartus");
    await page.locator(".search-result").first().waitFor();
    expect(await page.locator('.search-filter input[name="dateline"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toContain("Tartus");
    await page.context().close();
  });

  it("finds Arabic stories by Arabic words", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("قلعة")}`);
    await page.locator(".search-result").first().waitFor();
    expect(await page.locator(".search-result__title a").first().getAttribute("href")).toBe("/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    expect(await page.locator(".search-result").first().getAttribute("dir")).toBe("rtl");
    await page.context().close();
  });

  it("sets Arabic articles right to left, with the site's chrome left to right", async () => {
    const page = await open("/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(["ar", "rtl"]);
    const direction = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).direction);
    expect(await direction(".story")).toBe("rtl");
    expect(await direction(".story__body p:first-child")).toBe("rtl");
    expect(await direction(".site-header")).toBe("ltr");
    // Mirrored: the story opens (with its dateline) at the right edge of the column, not the left.
    const edges = await page.locator(".story__body p:first-child").evaluate((paragraph) => {
      const lead = paragraph.querySelector(".dateline")?.getBoundingClientRect();
      const column = paragraph.getBoundingClientRect();
      return { leadRight: lead?.right ?? 0, leadLeft: lead?.left ?? 0, columnRight: column.right, columnLeft: column.left };
    });
    expect(Math.abs(edges.leadRight - edges.columnRight)).toBeLessThan(2);
    expect(edges.leadLeft - edges.columnLeft).toBeGreaterThan(50);
    expect(await page.locator(".story__translations a").getAttribute("hreflang")).toBe("en");
    await page.context().close();
  });

  it("lets keyboard users skip straight to the content", async () => {
    const page = await open("/2015/10/13/aleppo-citadel-restoration-begins/");
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent, visible: (document.activeElement as HTMLElement | null)?.getBoundingClientRect().top }));
    expect(skip.text).toBe("Skip to content");
    expect(skip.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await page.context().close();
  });

  it("reads and navigates without JavaScript", async () => {
    const page = await open("/", { javaScript: false });
    await page.locator(".card__title a").first().click();
    await page.waitForLoadState();
    expect(await page.locator(".story__body p").count()).toBeGreaterThan(1);
    await page.getByRole("link", { name: "2025" }).first().click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("2025");
    await page.context().close();
  });

  it("shows pictures in the best format the browser takes, sized before they load, the lead at once and the others when scrolled to", async () => {
    const page = await open("/2015/10/13/aleppo-citadel-restoration-begins/");
    const lead = page.locator(".figure--lead img");
    await expect.poll(() => lead.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(true);
    expect(await lead.evaluate((img) => (img as HTMLImageElement).currentSrc)).toMatch(/\/media\/[0-9a-f]{12}-\d+\.avif$/);
    const box = await lead.boundingBox();
    expect(Math.abs((box?.height ?? 0) - ((box?.width ?? 0) * 800) / 1280)).toBeLessThan(2);
    const shifts = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shifts).toBeLessThan(0.01);
    await page.context().close();

    const home = await open("/", { height: 700 });
    const far = home.locator(".card:not(.card--lead) .card__picture img").last();
    expect(await far.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)).toBe(false);
    await far.scrollIntoViewIfNeeded();
    await expect.poll(() => far.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await home.context().close();
  });

  it("walks the calendars: a year's months, a month's days, a day, and the same day in other years", async () => {
    const page = await open("/2015/");
    await page.getByRole("table", { name: /^October 2015/ }).getByRole("link", { name: /^13/ }).click();
    await expect.poll(() => page.url()).toBe(`${site.origin}/2015/10/13/`);
    await page.goto(`${site.origin}/2015/10/`);
    const month = page.getByRole("table", { name: "October 2015" });
    expect(await month.getByRole("columnheader").allTextContents()).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    await month.getByRole("link", { name: "13 3 articles" }).click();
    await expect.poll(() => page.url()).toBe(`${site.origin}/2015/10/13/`);
    await page.getByRole("link", { name: "October 13 in other years" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("On this day: October 13");
    await page.context().close();
  });

  it("shows the headline and the story's first lines on a phone's first screen, under a compact header", async () => {
    for (const url of ["/2015/10/13/aleppo-citadel-restoration-begins/", "/2025/06/24/damascus-heatwave-health-advisory/", "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/"]) {
      const page = await open(url, { width: 375, height: 667 });
      const header = await page.locator(".site-header").boundingBox();
      expect(header?.height ?? 0, url).toBeLessThan(100);
      const headline = await page.locator("h1").boundingBox();
      expect((headline?.y ?? 0) + (headline?.height ?? 0), url).toBeLessThan(667);
      // The story's first paragraph starts high enough for two lines or more to show.
      const lead = await page.locator(".story__body p").first().boundingBox();
      expect((lead?.y ?? 667) + 60, url).toBeLessThan(667);
      await page.context().close();
    }
    const search = await open("/search/?q=aleppo", { width: 375, height: 667 });
    await search.locator(".search-result").first().waitFor();
    const result = await search.locator(".search-result").first().boundingBox();
    expect((result?.y ?? 667) + (result?.height ?? 0)).toBeLessThan(667);
    await search.context().close();
  });


  it("fits a 375 px phone and a 1280 px desktop (screenshots in test-results/screenshots)", async () => {
    const shots: Record<string, string> = {
      home: "/",
      article: "/2015/10/13/aleppo-citadel-restoration-begins/",
      "article-arabic": "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/",
      topic: "/topics/heritage/",
      byline: "/bylines/reem-haddad/",
      month: "/2015/10/",
      year: "/2019/",
      "on-this-day": "/on-this-day/06-25/",
      corrections: "/corrections/",
      search: "/search/?q=Sabbagh",
    };
    for (const [name, url] of Object.entries(shots)) {
      for (const width of [375, 1280]) {
        const page = await open(url, { width });
        if (url.startsWith("/search/")) await page.locator(".search-result").first().waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(screenshots, `${name}-${width}.png`) });
        await page.context().close();
      }
    }
  });
});

describe("a site under a path prefix, in a real browser", () => {
  const folder = useTemporaryFolder();
  let browser: Browser;
  let site: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    const output = path.join(folder.path, "site");
    const result = await runCli("build", ["--content", path.join(projectRoot, "content"), "--output", output, "--path-prefix", "/archive/", "--cache-dir", path.join(folder.path, "cache"), "--now", sampleNow, "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    site = await serveSite(output, "/archive/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("searches from the header and links results under the prefix", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/archive/`, { waitUntil: "networkidle" });
    await page.locator("#site-search-query").fill("citadel");
    await page.locator("#site-search-query").press("Enter");
    await page.waitForURL(/\/archive\/search\/\?q=citadel/);
    await page.locator(".search-result").first().waitFor();
    const hrefs = await page.locator(".search-result__title a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith("/archive/20"))).toBe(true);
    await page.locator(".search-result__title a").first().click();
    await page.waitForLoadState();
    expect(await page.locator("h1").textContent()).toContain("citadel");
    await page.close();
  });
});
