import { existsSync } from "node:fs";
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

  it("lists every old address in the _redirects file Netlify and Cloudflare Pages answer with a 301", async () => {
    const lines = (await readFile(path.join(site, "_redirects"), "utf8")).trim().split("\n");
    expect(lines).toContain("/news/2015/10/13/aleppo-citadel-gate.html /2015/10/13/aleppo-citadel-restoration-begins/ 301");
    expect(lines.every((line) => /^\/\S* \/\S*\/ 301$/.test(line))).toBe(true);
    // An old address in another script is listed as written, and its page lies where hosts look for it, decoded.
    expect(lines).toContain("/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/qalaat-halab/ /2015/10/13/bad-tarmim-bawwabat-qalaat-halab/ 301");
    const $ = load(await readFile(path.join(site, "أخبار/qalaat-halab/index.html"), "utf8"));
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2015/10/13/bad-tarmim-bawwabat-qalaat-halab/");
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

describe("the site's picture and icons", () => {
  it("give pages without a picture of their own the site's card picture, with its size", async () => {
    for (const url of ["/", "/2015/10/23/amman-marathon-runners-face-heat/"]) {
      const $ = await loadPage(site, url);
      const [image] = meta($, "og:image");
      expect(image).toMatch(new RegExp(`^${base}/assets/icon-512\\.[0-9a-f]{10}\\.png$`));
      expect(meta($, "twitter:image")).toEqual([image]);
      expect(meta($, "og:image:width")).toEqual(["512"]);
      expect(meta($, "og:image:height")).toEqual(["512"]);
      expect(meta($, "og:image:alt")).toEqual(["The Backfile Wire Archive"]);
      expect(existsSync(path.join(site, (image ?? "").slice(base.length)))).toBe(true);
    }
  });

  it("link a favicon, an SVG icon, a home-screen icon and the web app manifest, each published", async () => {
    const $ = await loadPage(site, "/topics/");
    const links = $('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').map((_, link) => $(link).attr("href") ?? "").get();
    expect(links).toHaveLength(4);
    expect(links[0]).toBe("/favicon.ico");
    for (const href of links) expect(existsSync(path.join(site, href)), href).toBe(true);
    const manifest = JSON.parse(await readFile(path.join(site, "site.webmanifest"), "utf8")) as { icons: { src: string }[] };
    for (const icon of manifest.icons) expect(existsSync(path.join(site, icon.src)), icon.src).toBe(true);
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
