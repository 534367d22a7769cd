import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { CheerioAPI } from "cheerio";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { article, loadPage, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

// A small archive that exercises every part of an article page.
const archive = {
  "2015/10/lavrov-strikes.md": article(
    {
      title: "US-led strikes on ISIS positions in Syria selective, Lavrov asserts",
      date: "2015-10-13T14:05:00+03:00",
      source: "SANA",
      dateline: "Moscow",
      byline: "Reem/Hazem Sabbagh",
      topics: "[Syria, Russia]",
      summary: "Russia's foreign minister says most coalition strikes spared ISIS.",
      image: "\n  url: https://images.example.org/lavrov.jpg\n  alt: Sergey Lavrov at a news conference\n  caption: Lavrov in Moscow\n  credit: Photo by LWS",
      related: "\n  - article: 2015/10/late-filing\n  - title: Full interview transcript\n    url: https://www.example.org/transcript",
    },
    "Russian Foreign Minister Sergey Lavrov said most strikes were “selective”.\n\nHe spoke on *Rossiya-1*.\n",
  ),
  "2015/10/late-filing.md": article(
    { title: "Filed late in the evening", date: "2015-10-12T23:30:00Z", source: "LWS", dateline: "Damascus", topics: "[Syria]" },
    "First paragraph becomes the summary.\n",
  ),
  "2023/10/conference-ar.md": article(
    {
      title: "انطلاق أعمال المؤتمر الدولي للآثار في دمشق",
      date: "2023-10-24T10:00:00+03:00",
      source: "سانا",
      dateline: "دمشق",
      byline: "هزيم صباغ",
      topics: "[آثار]",
      lang: "ar",
      summary: "مؤتمر دولي عن نتائج البحث الأثري.",
    },
    "افتتحت اليوم أعمال المؤتمر.\n",
  ),
  "2016/02/windows-editor.md": Buffer.from(
    `\uFEFF${validArticle("Saved on Windows", "2016-02-01T09:00:00+02:00", {}, "First line.\n\nSecond line.").replaceAll("\n", "\r\n")}`,
  ),
  "2016/01/unsafe.md": article(
    { title: '"Templates {{ site.name }} and {% raw %} stay text"', date: "2016-01-05T09:00:00+02:00", source: "LWS", byline: `"O'Brien & <Sons>"` },
    "Body {{ 7 * 7 }} and {% include 'x' %}.\n\nMarkup ends ]]> here, and ]]> there.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(2)) <img src=x onerror=alert(3)>\n",
  ),
};

describe("building an archive", () => {
  const folder = useTemporaryFolder();
  let site: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    await writeFiles(path.join(folder.path, "content"), archive);
    site = path.join(folder.path, "site");
    result = await runCli("build", ["--content", path.join(folder.path, "content"), "--output", site, "--cache-dir", path.join(folder.path, "cache"), "--now", "2026-01-01T00:00:00Z"]);
  });

  it("succeeds and says what it built", () => {
    expect(result.stderr).toContain("Raw HTML is removed");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Built 5 articles into .*site: \d+ of \d+ pages drawn/);
  });

  it("writes one page per article at /YYYY/MM/DD/slug/, in the site's time zone", async () => {
    for (const url of ["/2015/10/13/lavrov-strikes/", "/2015/10/13/late-filing/", "/2023/10/24/conference-ar/", "/2016/01/05/unsafe/"]) {
      expect(existsSync(path.join(site, url, "index.html")), url).toBe(true);
    }
    expect((await readdir(path.join(site, "assets"))).filter((file) => /^style\.[0-9a-f]{10}\.css$/.test(file))).toHaveLength(1);
  });

  describe("an article page", () => {
    let $: CheerioAPI;
    beforeAll(async () => ($ = await loadPage(site, "/2015/10/13/lavrov-strikes/")));

    it("shows headline, summary and the story with its dateline lead", () => {
      expect($("h1").text()).toBe("US-led strikes on ISIS positions in Syria selective, Lavrov asserts");
      expect($("title").text()).toBe("US-led strikes on ISIS positions in Syria selective, Lavrov asserts · The Backfile Wire Archive");
      expect($(".story__summary").text()).toBe("Russia's foreign minister says most coalition strikes spared ISIS.");
      expect($('meta[name="description"]').attr("content")).toBe("Russia's foreign minister says most coalition strikes spared ISIS.");
      expect($(".story__body p").first().text()).toBe("MOSCOW, Oct. 13 (SANA) — Russian Foreign Minister Sergey Lavrov said most strikes were “selective”.");
      expect($(".story__body em").text()).toBe("Rossiya-1");
    });

    it("shows byline, dateline, source and topics, each linking to its listing", () => {
      expect($(".story__byline a").map((_, link) => [[$(link).text(), $(link).attr("href")]]).get()).toEqual([
        ["Reem", "/bylines/reem/"],
        ["Hazem Sabbagh", "/bylines/hazem-sabbagh/"],
      ]);
      expect($(".story__dateline a").attr("href")).toBe("/datelines/moscow/");
      expect($(".story__source a").text()).toBe("SANA");
      expect($(".story__topics a").map((_, link) => $(link).text()).get()).toEqual(["Syria", "Russia"]);
    });

    it("gives the publication time in a machine-readable <time>", () => {
      const time = $(".story__meta time");
      expect(time.attr("datetime")).toBe("2015-10-13T14:05:00+03:00");
      expect(time.text()).toMatch(/^October 13, 2015 at 2:05\s?PM GMT\+3$/);
    });

    it("resolves the Check Also box: an archive article by headline, URL and date; an outside link with its domain", () => {
      const items = $(".check-also li");
      expect(items).toHaveLength(2);
      const inner = items.eq(0);
      expect(inner.find("a").attr("href")).toBe("/2015/10/13/late-filing/");
      expect(inner.find("a").text()).toBe("Filed late in the evening");
      expect(inner.find("time").attr("datetime")).toBe("2015-10-12T23:30:00Z");
      const outer = items.eq(1);
      expect(outer.find("a").attr("href")).toBe("https://www.example.org/transcript");
      expect(outer.find("a").attr("rel")).toBe("external noopener");
      expect(outer.find(".check-also__domain").text()).toBe("example.org");
    });

    it("shows the lead picture with its description, and names it in link previews and JSON-LD", () => {
    expect($(".story .figure--lead img").attr("src")).toBe("https://images.example.org/lavrov.jpg");
    expect($(".story .figure--lead img").attr("alt")).toBe("Sergey Lavrov at a news conference");
    expect($(".story .figure--lead figcaption").text()).toBe("Lavrov in Moscow Photo by LWS");
    // The article's own picture, not the site's.
    expect($('meta[property="og:image"]').map((_, tag) => $(tag).attr("content")).get()).toEqual(["https://images.example.org/lavrov.jpg"]);
    expect($('meta[property="og:image:alt"]').attr("content")).toBe("Sergey Lavrov at a news conference");
    expect($('meta[name="twitter:card"]').attr("content")).toBe("summary_large_image");
    const data = JSON.parse($('script[type="application/ld+json"]').text()) as { image: unknown[] };
    expect(data.image).toEqual([{ "@type": "ImageObject", url: "https://images.example.org/lavrov.jpg", caption: "Lavrov in Moscow", creditText: "Photo by LWS" }]);
  });

  it("is a left-to-right English page", () => {
      expect($("html").attr("lang")).toBe("en");
      expect($("html").attr("dir")).toBe("ltr");
    });
  });

  it("marks an Arabic article right-to-left, with an Arabic dateline lead", async () => {
    const $ = await loadPage(site, "/2023/10/24/conference-ar/");
    expect($("html").attr("lang")).toBe("ar");
    expect($("html").attr("dir")).toBe("rtl");
    expect($(".story").attr("dir")).toBe("rtl");
    expect($(".story__body .dateline").text()).toBe("دمشق، 24 أكتوبر (سانا) —");
    expect($(".story__topics a").attr("href")).toBe("/topics/athar/");
  });

  it("gives a link to an article in another script that article's language and direction", async () => {
    const $ = await loadPage(site, "/2016/02/01/windows-editor/");
    const next = $('a[rel="next"]');
    expect(next.text()).toBe("انطلاق أعمال المؤتمر الدولي للآثار في دمشق");
    expect([next.attr("lang"), next.attr("dir")]).toEqual(["ar", "rtl"]);
  });

  it("accepts a file with a byte order mark and CRLF line endings", async () => {
    const $ = await loadPage(site, "/2016/02/01/windows-editor/");
    expect($("h1").text()).toBe("Saved on Windows");
    expect($(".story__body p").map((_, p) => $(p).text()).get()).toEqual(["DAMASCUS, Feb. 1 (LWS) — First line.", "Second line."]);
  });

  it("uses the first paragraph when an article has no summary", async () => {
    const $ = await loadPage(site, "/2015/10/13/late-filing/");
    expect($(".story__summary").text()).toBe("First paragraph becomes the summary.");
  });

  it("never evaluates template syntax and removes scripts, handlers and javascript: links", async () => {
    const $ = await loadPage(site, "/2016/01/05/unsafe/");
    expect($("h1").text()).toBe("Templates {{ site.name }} and {% raw %} stay text");
    expect($(".story__body").text()).toContain("Body {{ 7 * 7 }} and {% include 'x' %}.");
    expect($(".story__body script")).toHaveLength(0);
    expect($(".story__body [onerror], .story__body [onclick]")).toHaveLength(0);
    expect($(".story__body a[href^='javascript']")).toHaveLength(0);
    const html = await readFile(path.join(site, "2016/01/05/unsafe/index.html"), "utf8");
    expect(html).not.toContain("alert(");
    expect(html).not.toContain("49");
  });

  it("keeps the Atom feed well-formed when a story contains `]]>`", async () => {
    const xml = await readFile(path.join(site, "feed.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const atom = new XMLParser().parse(xml) as { feed: { entry: { content: string }[] } };
    expect(atom.feed.entry.map((entry) => entry.content).join("\n")).toContain("Markup ends ]]> here, and ]]> there.");
  });

  it("escapes names once in listing and period titles and descriptions", async () => {
    const article = await loadPage(site, "/2016/01/05/unsafe/");
    const byline = await loadPage(site, article(".story__byline a").attr("href") ?? "");
    expect(byline("title").text()).toBe("By O'Brien & <Sons> · The Backfile Wire Archive");
    expect(byline('meta[name="description"]').attr("content")).toBe("By O'Brien & <Sons> · 1 article");
    const month = await loadPage(site, "/2016/01/");
    expect(month("title").text()).toBe("January 2016 · The Backfile Wire Archive");
  });

  it("lists the articles newest first on the home page", async () => {
    const $ = await loadPage(site, "/");
    expect($(".card__title a").map((_, link) => $(link).attr("href")).get()).toEqual([
      "/2023/10/24/conference-ar/",
      "/2016/02/01/windows-editor/",
      "/2016/01/05/unsafe/",
      "/2015/10/13/lavrov-strikes/",
      "/2015/10/13/late-filing/",
    ]);
  });
});

describe("a build that fails", () => {
  const folder = useTemporaryFolder();

  it("lists every problem with file and line, leaves the previous site untouched and writes nothing", async () => {
    const content = path.join(folder.path, "content");
    const marker = path.join(folder.path, "evaluated");
    await writeFiles(content, {
      "2015/10/good.md": validArticle("Good", "2015-10-13T14:05:00+03:00", { related: "\n  - article: 2015/10/nowhere" }),
      "2015/10/no-title.md": "---\ndate: 2015-10-13T10:00:00+03:00\nsource: LWS\n---\nBody\n",
      "2015/10/twin-a.md": validArticle("Twin A", "2015-10-14T10:00:00+03:00", { slug: "twin" }),
      "2015/10/twin-b.md": validArticle("Twin B", "2015-10-14T11:00:00+03:00", { slug: "twin" }),
      "2015/10/code.md": `---js\n{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\nBody\n`,
      "2015/10/yaml.md": "---\ntitle: [broken\ndate: 2015-10-13\nsource: LWS\n---\n",
    });
    const site = path.join(folder.path, "site");
    await writeFiles(site, { "index.html": "previous site" });

    const result = await runCli("build", ["--content", content, "--output", site, "--no-cache"]);
    expect(result.code).toBe(1);
    const report = result.stderr;
    expect(report).toMatch(/content\/2015\/10\/no-title\.md:1 error title: Required, but missing\./);
    expect(report).toMatch(/content\/2015\/10\/good\.md:\d+ error related\[0\]\.article: No article `2015\/10\/nowhere`/);
    expect(report).toMatch(/twin-a\.md:\d+ error slug: This article and `.*twin-b\.md` would both be published at `\/2015\/10\/14\/twin\/`/);
    expect(report).toMatch(/code\.md:1 error Front matter in `js` is refused/);
    expect(report).toMatch(/yaml\.md:\d+:\d+ error /);
    expect(report).toContain("Nothing was built");
    expect(report).not.toContain("[{");
    expect(existsSync(marker)).toBe(false);
    expect(await readFile(path.join(site, "index.html"), "utf8")).toBe("previous site");
    expect(await readdir(folder.path)).toEqual(["content", "site"]);
  });

  it("replaces the previous site as a whole when the build succeeds", async () => {
    const content = path.join(folder.path, "ok");
    await writeFiles(content, { "2015/10/one.md": validArticle("One") });
    const site = path.join(folder.path, "replaced");
    await writeFiles(site, { "stale/index.html": "old page" });
    const result = await runCli("build", ["--content", content, "--output", site, "--no-cache", "--quiet"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(existsSync(path.join(site, "stale"))).toBe(false);
    expect(existsSync(path.join(site, "2015/10/13/one/index.html"))).toBe(true);
    expect((await readdir(folder.path)).filter((name) => name.includes("replaced"))).toEqual(["replaced"]);
  });

  it("refuses a number option that is not a whole number, before doing anything", async () => {
    const result = await runCli("build", ["--content", path.join(folder.path, "none"), "--workers", "two"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--workers expects a whole number from 1, not `two`.");
  });

  it("refuses an output folder that holds the content", async () => {
    const content = path.join(folder.path, "inside", "content");
    await writeFiles(content, { "2015/10/one.md": validArticle("One") });
    const result = await runCli("build", ["--content", content, "--output", path.join(folder.path, "inside"), "--no-cache"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Refusing to build into");
    expect(existsSync(path.join(content, "2015/10/one.md"))).toBe(true);
  });
});
