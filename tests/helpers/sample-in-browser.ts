import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser, type OpenOptions, openPage } from "../setup/browser.ts";
import { serveSite } from "./static-server.ts";

/**
 * The sample site (built once for the whole run) served on localhost, and a
 * headless browser, for the tests of one file. `open(url)` gives a page of it
 * in a context of its own.
 */
export function useSampleSiteInBrowser(): { readonly origin: string; open: (url: string, options?: OpenOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  let site: { origin: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    site = await serveSite(inject("sampleSite"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = () => {
    if (!browser || !site) throw new Error("The sample site is served from beforeAll on.");
    return { browser, site };
  };
  return {
    get origin() {
      return started().site.origin;
    },
    open: (url, options = {}) => openPage(started().browser, `${started().site.origin}${url}`, options),
  };
}
