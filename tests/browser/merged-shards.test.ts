import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot, runCli, useTemporaryFolder } from "../helpers/project.ts";
import { serveSite } from "../helpers/static-server.ts";
import { launchBrowser, openPage } from "../setup/browser.ts";
import { sampleNow } from "../setup/build-sample-site.ts";

describe("a site merged from shards, in a real browser", () => {
  const folder = useTemporaryFolder();
  let browser: Browser;
  let merged: { origin: string; close: () => Promise<void> } | undefined;
  let single: { origin: string; close: () => Promise<void> } | undefined;

  beforeAll(async () => {
    const count = 3;
    const shards = Array.from({ length: count }, (_, index) => path.join(folder.path, `shard-${index + 1}`));
    for (const [index, shard] of shards.entries()) {
      const built = await runCli("build", ["--content", path.join(projectRoot, "content"), "--output", shard, "--cache-dir", `${shard}-cache`, "--now", sampleNow, "--quiet", "--shard", `${index + 1}/${count}`]);
      expect(built.code, built.stderr).toBe(0);
    }
    const output = path.join(folder.path, "merged");
    const result = await runCli("build", ["--merge", ...shards, "--output", output]);
    expect(result.code, result.stderr).toBe(0);
    merged = await serveSite(output);
    single = await serveSite(inject("sampleSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await merged?.close();
    await single?.close();
  });

  it("finds across every year's bundle, whichever shard made it, what a one-process build finds", async () => {
    const found = async (site: { origin: string } | undefined, query: string) => {
      const page = await openPage(browser, `${site?.origin}/search/?q=${query}`);
      await page.locator(".search-result").first().waitFor();
      const hrefs = await page.locator(".search-result__title a").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
      await page.context().close();
      return hrefs;
    };
    for (const query of ["aleppo", "Sabbagh"]) {
      const hrefs = await found(merged, query);
      expect(hrefs.length, query).toBeGreaterThan(1);
      expect(hrefs, query).toEqual(await found(single, query));
    }
    const years = new Set((await found(merged, "aleppo")).map((href) => href?.slice(1, 5)));
    expect(years.size).toBeGreaterThan(1);
  });
});
