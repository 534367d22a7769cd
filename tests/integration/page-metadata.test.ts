import { readFile } from "node:fs/promises";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";
import { describe, expect, inject, it } from "vitest";
import { loadPage } from "../helpers/project.ts";

const site = inject("sampleSite");
const base = "https://archive.example.org";
const meta = ($: CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, tag) => $(tag).attr("content")).get();
const jsonLd = ($: CheerioAPI) => JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;

describe("article metadata", () => {
  it("names the canonical URL and describes the article for link previews", async () => {
    const $ = await loadPage(site, "/2015/10/13/aleppo-citadel-restoration-begins/");
    const url = `${base}/2015/10/13/aleppo-citadel-restoration-begins/`;
    expect($('link[rel="canonical"]').attr("href")).toBe(url);
    expect(meta($, "og:type")).toEqual(["article"]);
    expect(meta($, "og:url")).toEqual([url]);
    expect(meta($, "og:title")).toEqual(["Restoration of Aleppo citadel gate begins after two-year survey"]);
    expect(meta($, "og:description")[0]).toMatch(/^Conservators have started work/);
    expect(meta($, "og:site_name")).toEqual(["The Backfile Wire Archive"]);
    expect(meta($, "article:published_time")).toEqual(["2015-10-13T14:05:00+03:00"]);
    expect(meta($, "article:modified_time")).toEqual(["2015-10-13T14:05:00+03:00"]);
    expect(meta($, "article:section")).toEqual(["Heritage"]);
    expect(meta($, "article:tag")).toEqual(["Heritage", "Archaeology", "Syria"]);
    expect(meta($, "twitter:card")).toEqual(["summary_large_image"]);
    expect(meta($, "twitter:title")).toEqual(meta($, "og:title"));
  });

  it("carries a JSON-LD NewsArticle with every field a news reader needs", async () => {
    const data = jsonLd(await loadPage(site, "/2015/10/13/aleppo-citadel-restoration-begins/"));
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Restoration of Aleppo citadel gate begins after two-year survey",
      datePublished: "2015-10-13T14:05:00+03:00",
      dateModified: "2015-10-13T14:05:00+03:00",
      dateline: "Aleppo",
      inLanguage: "en",
      url: `${base}/2015/10/13/aleppo-citadel-restoration-begins/`,
      author: [
        { "@type": "Person", name: "Reem Haddad", url: `${base}/bylines/reem-haddad/` },
        { "@type": "Person", name: "Hazem Sabbagh", url: `${base}/bylines/hazem-sabbagh/` },
      ],
      publisher: { "@type": "Organization", name: "Backfile Wire Archive" },
      sourceOrganization: { "@type": "Organization", name: "LWS" },
    });
    expect(String(data["description"])).toMatch(/^Conservators/);
    expect(data["image"]).toHaveLength(1);
  });

  it("credits a story without a byline to its source", async () => {
    const data = jsonLd(await loadPage(site, "/2019/03/05/late-frost-warning-for-orchards/"));
    expect(data["author"]).toEqual([{ "@type": "Organization", name: "LWS", url: `${base}/sources/lws/` }]);
  });

  it("dates a corrected story by its correction, and shows the correction", async () => {
    const $ = await loadPage(site, "/2019/03/05/late-frost-warning-for-orchards/");
    expect(jsonLd($)["dateModified"]).toBe("2019-03-05T16:40:00+02:00");
    expect(meta($, "article:modified_time")).toEqual(["2019-03-05T16:40:00+02:00"]);
    expect($(".story__updated time").attr("datetime")).toBe("2019-03-05T16:40:00+02:00");
    expect($(".corrections h2").text()).toBe("Correction");
    expect($(".corrections li").text()).toContain("The directorate’s warning covers three nights.");
  });

  it("links translations both ways with hreflang, and names their language in it", async () => {
    const english = await loadPage(site, "/2015/10/13/aleppo-citadel-restoration-begins/");
    const arabic = await loadPage(site, "/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
    const alternates = ($: CheerioAPI) => $('link[rel="alternate"][hreflang]').map((_, link) => `${$(link).attr("hreflang")} ${$(link).attr("href")}`).get();
    const pair = [`en ${base}/2015/10/13/aleppo-citadel-restoration-begins/`, `ar ${base}/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/`];
    expect(alternates(english)).toEqual(pair);
    expect(alternates(arabic)).toEqual([...pair].reverse());
    expect(english(".story__translations a").text()).toBe("العربية");
    expect(english(".story__translations a").attr("lang")).toBe("ar");
    expect(arabic(".story__translations a").text()).toBe("English");
  });

  it("keeps an article's old address as a redirect that search engines do not index", async () => {
    const $ = load(await readFile(path.join(site, "news/2015/10/13/aleppo-citadel-gate.html"), "utf8"));
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2015/10/13/aleppo-citadel-restoration-begins/");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${base}/2015/10/13/aleppo-citadel-restoration-begins/`);
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
  });
});

describe("listing metadata", () => {
  it("describes listings as pages of the website, each its own canonical URL", async () => {
    const $ = await loadPage(site, "/page/2/");
    expect($('link[rel="canonical"]').attr("href")).toBe(`${base}/page/2/`);
    expect(meta($, "og:type")).toEqual(["website"]);
    expect($('script[type="application/ld+json"]')).toHaveLength(0);
  });
});

describe("the 404 page", () => {
  it("is served at any address, so it names no canonical URL and asks not to be indexed", async () => {
    const $ = load(await readFile(path.join(site, "404.html"), "utf8"));
    expect($('link[rel="canonical"]')).toHaveLength(0);
    expect(meta($, "og:url")).toEqual([]);
    expect(meta($, "robots")).toEqual(["noindex"]);
  });
});
