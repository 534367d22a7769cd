import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { loadPage, projectRoot } from "../helpers/project.ts";

const site = inject("sampleSite");

/** URLs of every article page in the built site. */
async function articleUrls(): Promise<string[]> {
  const entries = await readdir(site, { recursive: true });
  return entries
    .filter((entry) => /^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html$/.test(entry.split(path.sep).join("/")))
    .map((entry) => `/${path.dirname(entry).split(path.sep).join("/")}/`)
    .sort();
}

describe("the sample archive", () => {
  it("has one page per article file", async () => {
    const files = (await readdir(path.join(projectRoot, "content"), { recursive: true })).filter((entry) => entry.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(24);
    expect(await articleUrls()).toHaveLength(files.length);
  });

  it("gives every article page a headline, a dated <time>, a source and a story", async () => {
    for (const url of await articleUrls()) {
      const $ = await loadPage(site, url);
      expect($("h1"), url).toHaveLength(1);
      expect($("h1").text().trim(), url).not.toBe("");
      expect($(".story__meta time").attr("datetime"), url).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/);
      expect($(".story__source a").text().trim(), url).not.toBe("");
      expect($(".story__body p").length, url).toBeGreaterThan(1);
      expect(["ltr", "rtl"], url).toContain($("html").attr("dir"));
    }
  });

  it("renders a wire story with its dateline lead, byline and Check Also box", async () => {
    const $ = await loadPage(site, "/2015/10/13/aleppo-citadel-restoration-begins/");
    expect($("h1").text()).toBe("Restoration of Aleppo citadel gate begins after two-year survey");
    expect($(".story__body p").first().find(".dateline").text()).toBe("ALEPPO, Oct. 13 (LWS) —");
    expect($(".story__byline a").map((_, link) => $(link).text()).get()).toEqual(["Reem Haddad", "Hazem Sabbagh"]);
    // The Arabic version, listed under `related` too, shows once: among the translations.
    const related = $(".check-also li");
    expect(related).toHaveLength(2);
    expect(related.eq(0).find("a").attr("href")).toBe("/2013/05/14/palmyra-survey-team-maps-tower-tombs/");
    expect(related.eq(0).find("a").attr("lang")).toBe("en");
    expect(related.eq(0).find("time").attr("datetime")).toMatch(/^2013-05-/);
    expect(related.eq(1).find(".check-also__domain").text()).toBe("example.org");
    expect($(".story__translations a").attr("lang")).toBe("ar");
  });

  it("publishes the Arabic article right-to-left", async () => {
    const $ = await loadPage(site, "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    expect($("html").attr("lang")).toBe("ar");
    expect($("html").attr("dir")).toBe("rtl");
    expect($(".story__body .dateline").text()).toMatch(/^حلب، /);
  });

  it("dates a story filed late in the evening UTC on the next day in Damascus", async () => {
    const $ = await loadPage(site, "/2019/03/05/late-frost-warning-for-orchards/");
    expect($(".story__meta time").attr("datetime")).toBe("2019-03-04T22:30:00Z");
    expect($(".story__body .dateline").text()).toContain("March 5");
  });
});
