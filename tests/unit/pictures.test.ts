import { createRequire } from "node:module";
import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import type { Picture } from "../../src/archive/model.ts";
import { type PictureFile, pictureOptions, planMedia, shareVariant, validWidths } from "../../src/archive/pictures.ts";
import { isLocalPicture, picturePath } from "../../src/content/picture-path.ts";
import { figureHtml, pictureHtml, placePictures } from "../../src/filters/picture-html.ts";
import { newsArticle } from "../../src/filters/structured-data.ts";
import { story, testSite } from "./archive-helpers.ts";

const eleventyImage = createRequire(import.meta.url)("@11ty/eleventy-img") as { getWidths: (original: number, widths: number[], upscale: boolean, threshold: number) => number[] };
const gate: PictureFile = { path: "2015/10/gate.jpg", hash: "a".repeat(64), width: 1600, height: 1000 };

describe("planning a picture's files", () => {
  it("chooses widths as Eleventy Image does, never enlarging", () => {
    for (const original of [200, 320, 350, 401, 640, 700, 800, 959, 1000, 1280, 3000]) {
      expect(validWidths(original, pictureOptions.widths, pictureOptions.minimumThreshold), `${original} px`).toEqual(
        eleventyImage.getWidths(original, [...pictureOptions.widths], false, pictureOptions.minimumThreshold),
      );
    }
  });

  it("names every format in every width by the picture's key, with heights in proportion", () => {
    const media = planMedia(gate);
    expect(media.id).toBe(`media:${media.key}`);
    expect(media.key).toMatch(/^[0-9a-f]{12}$/);
    expect(media.variants).toHaveLength(12);
    expect(media.variants.filter((variant) => variant.format === "avif").map((variant) => [variant.width, variant.height])).toEqual([
      [320, 200],
      [640, 400],
      [960, 600],
      [1280, 800],
    ]);
    expect(media.variants[0]?.url).toBe(`/media/${media.key}-320.avif`);
    expect(planMedia({ ...gate, path: "elsewhere.jpg" }).key).toBe(media.key);
    expect(planMedia({ ...gate, hash: "b".repeat(64) }).key).not.toBe(media.key);
  });

  it("gives link previews the widest JPEG up to 1,280 pixels", () => {
    const { archive } = buildArchive([story("2015/10/x", { image: { src: "gate.jpg", alt: "The gate" } })], testSite, { now: Date.parse("2020-01-01T00:00:00Z"), pictures: new Map([[gate.path, gate]]) });
    const picture = archive.articles[0]?.image as Picture;
    expect(shareVariant(picture)).toMatchObject({ format: "jpeg", width: 1280, height: 800 });
  });
});

describe("pictures in the plan", () => {
  const now = Date.parse("2020-01-01T00:00:00Z");
  const pictures = new Map([[gate.path, gate]]);

  it("plans a picture named by several articles and people once, and keeps a remote one as its address", () => {
    const { archive } = buildArchive(
      [
        story("2015/10/lead", { byline: ["Reem"], image: { src: "gate.jpg", alt: "The gate", caption: "The gate in October", credit: "LWS" } }),
        story("2015/11/twice", { date: "2015-11-02T10:00:00+02:00", image: { src: "/2015/10/gate.jpg", alt: "" } }),
        story("2015/12/remote", { date: "2015-12-02T10:00:00+02:00", image: { url: "https://example.org/a.jpg", alt: "A view" } }),
      ],
      testSite,
      { now, pictures, people: new Map([["Reem", { byline: "Reem", name: undefined, role: undefined, bio: undefined, picture: "/2015/10/gate.jpg", links: [], line: 1, lines: {} }]]) },
    );
    expect(archive.media.map((item) => item.path)).toEqual(["2015/10/gate.jpg"]);
    const bySlug = new Map(archive.articles.map((article) => [article.slug, article]));
    expect(bySlug.get("lead")?.image).toMatchObject({ kind: "local", alt: "The gate", caption: "The gate in October", credit: "LWS", width: 1280, height: 800 });
    expect(bySlug.get("twice")?.image).toMatchObject({ kind: "local", alt: "" });
    expect(bySlug.get("remote")?.image).toEqual({ kind: "remote", url: "https://example.org/a.jpg", alt: "A view", caption: undefined, credit: undefined });
    expect(bySlug.get("lead")?.bylines[0]?.person?.picture).toMatchObject({ kind: "local", alt: "" });
  });

  it("plans the pictures of a story in order, and none for a picture it could not read", () => {
    const withPictures = story("2015/10/body");
    withPictures.facts.pictures = [
      { src: "gate.jpg", alt: "The gate", caption: "Caption", credit: undefined, line: 3 },
      { src: "missing.jpg", alt: "Lost", caption: undefined, credit: undefined, line: 5 },
    ];
    const { archive } = buildArchive([withPictures], testSite, { now, pictures });
    expect(archive.articles[0]?.pictures.map((picture) => picture?.caption ?? null)).toEqual(["Caption", null]);
    expect(archive.articles[0]?.pictures[1]).toBeNull();
  });

  it("describes a picture in structured data with its absolute address and size, and a remote one by its address", () => {
    const { archive } = buildArchive([story("2015/10/lead", { image: { src: "gate.jpg", alt: "The gate", credit: "LWS" } })], testSite, { now, pictures });
    const [article] = archive.articles;
    const data = newsArticle(article as never, testSite) as unknown as { image: Record<string, unknown>[] };
    expect(data.image[0]).toMatchObject({
      "@type": "ImageObject",
      url: expect.stringMatching(/^https:\/\/archive\.example\.org\/media\/[0-9a-f]{12}-1280\.jpeg$/),
      width: { value: 1280 },
      height: { value: 800 },
      creditText: "LWS",
    });
    const { archive: remote } = buildArchive([story("2015/10/lead", { image: { url: "https://example.org/a.jpg", alt: "A view" } })], testSite, { now });
    expect((newsArticle(remote.articles[0] as never, testSite) as unknown as { image: unknown[] }).image).toEqual([{ "@type": "ImageObject", url: "https://example.org/a.jpg" }]);
  });
});

describe("picture markup", () => {
  const picture: Picture = { kind: "local", id: "media:k", alt: "The gate", caption: "The gate", credit: "Drawing: LWS", width: 1280, height: 800, variants: planMedia(gate).variants };

  it("offers AVIF and WebP with a JPEG fallback, every width in srcset, the size of the largest, and lazy loading below the first screen", () => {
    const $ = load(pictureHtml(picture, "card", "/archive/"));
    expect($("source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    const img = $("img");
    expect(img.attr("src")).toMatch(/^\/archive\/media\/[0-9a-f]{12}-1280\.jpeg$/);
    expect(img.attr("srcset")?.split(", ").map((entry) => entry.split(" ")[1])).toEqual(["320w", "640w", "960w", "1280w"]);
    expect(img.attr("sizes")).toBeTruthy();
    expect([img.attr("width"), img.attr("height"), img.attr("alt"), img.attr("loading")]).toEqual(["1280", "800", "The gate", "lazy"]);
    expect(load(pictureHtml(picture, "lead", "/"))("img").attr("loading")).toBeUndefined();
  });

  it("puts caption and credit under a figure, escaped", () => {
    const $ = load(figureHtml({ ...picture, caption: "<b>Gate</b>" }, "story", "/"));
    expect($("figure figcaption .figure__caption").text()).toBe("<b>Gate</b>");
    expect($("figure figcaption .figure__credit").text()).toBe("Drawing: LWS");
    expect(load(figureHtml({ kind: "remote", url: "https://example.org/a.jpg", alt: "A", caption: undefined, credit: undefined }, "lead", "/"))("figure").html()).toBe(
      '<img src="https://example.org/a.jpg" alt="A" fetchpriority="high" decoding="async">',
    );
  });

  it("puts a story's pictures in place of their marks: a picture alone in its paragraph as a figure", () => {
    const html = '<p><img src="" alt="" data-picture="0"></p>\n<p>Text <img src="" alt="" data-picture="1"> and <img src="" alt="" data-picture="2">.</p>';
    const $ = load(placePictures(html, [picture, picture, null], "/"));
    expect($("body > figure picture")).toHaveLength(1);
    expect($("p picture")).toHaveLength(1);
    expect($("[data-picture]")).toHaveLength(0);
  });
});

describe("picture paths", () => {
  it("read a file next to the article, or from the content folder with a leading slash, and never outside it", () => {
    expect(picturePath("2015/10", "gate.jpg")).toBe("2015/10/gate.jpg");
    expect(picturePath("2015/10", "./pictures/gate%20east.jpg")).toBe("2015/10/pictures/gate east.jpg");
    expect(picturePath("2015/10", "/media/maps/aleppo.png")).toBe("media/maps/aleppo.png");
    expect(picturePath("2015/10", "../09/gate.jpg")).toBe("2015/09/gate.jpg");
    expect(picturePath("2015/10", "../../../secret.jpg")).toBeUndefined();
    expect(picturePath("2015/10", ".hidden/gate.jpg")).toBeUndefined();
    expect([isLocalPicture("gate.jpg"), isLocalPicture("https://example.org/a.jpg"), isLocalPicture("//cdn.example.org/a.jpg"), isLocalPicture("data:image/png;base64,AA")]).toEqual([true, false, false, false]);
  });
});
