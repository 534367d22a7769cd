import { describe, expect, it } from "vitest";
import { useSampleSiteInBrowser } from "../helpers/sample-in-browser.ts";
import { accessibilityViolations } from "../setup/browser.ts";

// One page of every kind a reader meets.
const pageKinds: Record<string, string> = {
  home: "/",
  "latest, page 2": "/page/2/",
  article: "/2015/10/13/aleppo-citadel-restoration-begins/",
  "article in Arabic": "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/",
  "article with a correction": "/2019/03/05/late-frost-warning-for-orchards/",
  topic: "/topics/heritage/",
  source: "/sources/lws/",
  byline: "/bylines/reem-haddad/",
  dateline: "/datelines/aleppo/",
  "topics A–Z": "/topics/",
  "topics by count": "/topics/by-count/",
  "article with a picture in its story": "/2024/05/14/amman-water-week-desalination/",
  year: "/2019/",
  month: "/2019/03/",
  day: "/2019/03/05/",
  dates: "/dates/",
  corrections: "/corrections/",
  "on this day": "/on-this-day/06-25/",
  "on this day, every day": "/on-this-day/",
  search: "/search/?q=aleppo",
  "not found": "/no/such/page/",
};

// Apart from the reader's journeys, so that the two run side by side.
describe("every kind of page in a real browser", () => {
  const { open } = useSampleSiteInBrowser();

  for (const [kind, url] of Object.entries(pageKinds)) {
    it(`has no WCAG 2.2 AA violations on the ${kind} page, in light and dark mode`, async () => {
      for (const dark of [false, true]) {
        const page = await open(url, { dark });
        if (url.startsWith("/search/")) await page.locator(".search-result").first().waitFor();
        expect(await accessibilityViolations(page), `${kind}, ${dark ? "dark" : "light"}`).toEqual([]);
        await page.context().close();
      }
    });
  }
});
