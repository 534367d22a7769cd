import { describe, expect, it } from "vitest";
import { buildArchive, truncateAtWord } from "../../src/archive/build-archive.ts";
import { farFuture, story, testSite } from "./archive-helpers.ts";

const build = (stories: Parameters<typeof buildArchive>[0], options: Partial<Parameters<typeof buildArchive>[2]> = {}) =>
  buildArchive(stories, testSite, { now: farFuture, ...options });

describe("buildArchive", () => {
  it("gives each article a URL of its day in the site's zone and its file name", () => {
    const { archive } = build([story("2015/10/late-filing", { date: "2015-10-12T23:30:00Z" })]);
    expect(archive.articles[0]?.url).toBe("/2015/10/13/late-filing/");
    expect(archive.articles[0]?.day).toEqual({ year: "2015", month: "10", day: "13" });
  });

  it("prefers the slug from front matter, and slugs file names that are not slugs", () => {
    const { archive } = build([story("2015/10/whatever", { slug: "chosen" }), story("2015/10/Café Opening", { date: "2015-10-14T10:00:00+03:00" })]);
    expect(archive.articles.map((article) => article.url)).toEqual(["/2015/10/14/cafe-opening/", "/2015/10/13/chosen/"]);
  });

  it("lists articles newest first, in a stable order", () => {
    const { archive } = build([
      story("a/old", { date: "2014-01-01T10:00:00+02:00" }),
      story("a/new", { date: "2016-01-01T10:00:00+02:00" }),
      story("a/same-b", { date: "2015-01-01T10:00:00+02:00" }),
      story("a/same-a", { date: "2015-01-01T10:00:00+02:00" }),
    ]);
    expect(archive.articles.map((article) => article.slug)).toEqual(["new", "same-a", "same-b", "old"]);
  });

  it("reports two articles with the same URL, each naming the other, and plans one page there", () => {
    const { problems, archive } = build([story("2015/10/x"), story("2016/01/x", { date: "2015-10-13T08:00:00+03:00" })]);
    expect(archive.pages.article.map((article) => article.file)).toEqual(["content/2015/10/x.md"]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ code: "UrlDuplicate", severity: "error", file: "content/2015/10/x.md", line: 3, field: "date" });
    expect(problems[0]?.message).toContain("`content/2016/01/x.md`");
    expect(problems[0]?.message).toContain("/2015/10/13/x/");
    expect(problems[1]?.message).toContain("`content/2015/10/x.md`");
  });

  it("says which stories it holds back: drafts, and embargoed stories soonest first", () => {
    const now = Date.parse("2015-10-15T00:00:00Z");
    const stories = [
      story("2015/10/out", { date: "2015-10-13T10:00:00+03:00" }),
      story("2015/10/draft", { date: "2015-10-14T10:00:00+03:00", draft: true }),
      story("2015/12/later", { date: "2015-12-01T10:00:00+03:00" }),
      story("2015/11/sooner", { date: "2015-11-01T10:00:00+03:00" }),
    ];
    const { heldBack } = build(stories, { now }).archive;
    expect(heldBack.drafts.map((held) => held.file)).toEqual(["content/2015/10/draft.md"]);
    expect(heldBack.embargoed.map((held) => held.published)).toEqual(["2015-11-01T10:00:00+03:00", "2015-12-01T10:00:00+03:00"]);
    const preview = build(stories, { now, includeDrafts: true, includeEmbargoed: true }).archive;
    expect(preview.heldBack).toEqual({ drafts: [], embargoed: [] });
    expect(preview.articles).toHaveLength(4);
  });

  it("resolves related articles to their headline, URL and date, and outside links to their domain", () => {
    const { archive, problems } = build([
      story("2015/10/target", { title: "The target", date: "2015-10-01T09:00:00+03:00" }),
      story("2015/10/source", {
        related: [
          { kind: "article", ref: "2015/10/target" },
          { kind: "link", title: "Transcript", url: "https://www.example.org/t" },
        ],
      }),
      story("2015/10/by-address", { related: [{ kind: "article", ref: "/2015/10/01/target/" }] }),
    ]);
    expect(problems).toEqual([]);
    const target = { kind: "article", title: "The target", url: "/2015/10/01/target/", published: "2015-10-01T09:00:00+03:00", lang: "en", dir: "ltr" };
    const bySlug = new Map(archive.articles.map((article) => [article.slug, article]));
    expect(bySlug.get("source")?.related).toEqual([target, { kind: "link", title: "Transcript", url: "https://www.example.org/t", domain: "example.org" }]);
    expect(bySlug.get("by-address")?.related).toEqual([target]);
  });

  it("lists a story named twice in Check also once", () => {
    const { archive } = build([
      story("2015/10/target", { date: "2015-10-01T09:00:00+03:00" }),
      story("2015/10/source", { related: [{ kind: "article", ref: "2015/10/target" }, { kind: "article", ref: "/2015/10/01/target/" }] }),
    ]);
    expect(archive.articles.find((article) => article.slug === "source")?.related).toHaveLength(1);
  });

  it("keeps a related story named by its headline alone, with a warning asking for its link", () => {
    const { archive, problems } = build([story("2015/10/source", { related: [{ kind: "headline", title: "Souk reopens" }] }, { "related[0]": 9 })]);
    expect(archive.articles[0]?.related).toEqual([{ kind: "headline", title: "Souk reopens" }]);
    expect(problems).toEqual([
      expect.objectContaining({ code: "RelatedUnlinked", severity: "warning", file: "content/2015/10/source.md", line: 9, field: "related[0]" }),
    ]);
  });

  it("reports a related article that does not exist, with file, line and a suggestion", () => {
    const { problems } = build([
      story("2015/10/exists"),
      story("2015/11/source", { date: "2015-11-02T10:00:00+02:00", related: [{ kind: "article", ref: "2015/11/exists" }] }, { "related[0]": 9 }),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "RelatedMissing",
        severity: "error",
        file: "content/2015/11/source.md",
        line: 9,
        field: "related[0].article",
        hint: "Did you mean `2015/10/exists`?",
      }),
    ]);
  });

  it("does not report a reference to a file that failed validation on its own", () => {
    const { problems } = build([story("2015/10/source", { related: [{ kind: "article", ref: "2015/10/broken" }] })], {
      invalidRefs: new Set(["2015/10/broken"]),
    });
    expect(problems).toEqual([]);
  });

  it("leaves out drafts and embargoed articles, and links to them, with a warning", () => {
    const stories = [
      story("2015/10/draft", { draft: true }),
      story("2015/10/future", { date: "2015-10-20T10:00:00+03:00" }),
      story("2015/10/now", { related: [{ kind: "article", ref: "2015/10/draft" }] }),
    ];
    const { archive, problems } = build(stories, { now: Date.parse("2015-10-15T00:00:00Z") });
    expect(archive.articles.map((article) => article.slug)).toEqual(["now"]);
    expect(archive.articles[0]?.related).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: "RelatedUnpublished", severity: "warning" })]);
    const preview = build(stories, { now: Date.parse("2015-10-15T00:00:00Z"), includeDrafts: true });
    expect(preview.archive.articles.map((article) => article.slug)).toEqual(["draft", "now"]);
  });

  it("keeps names that slug alike apart; the earliest keeps the plain slug", () => {
    const { archive } = build([
      story("a/one", { topics: ["Cafe"], date: "2016-01-01T10:00:00+02:00" }),
      story("a/two", { topics: ["Café"], date: "2015-01-01T10:00:00+02:00" }),
    ]);
    const urls = Object.fromEntries(archive.articles.flatMap((article) => article.topics.map((topic) => [topic.name, topic.url])));
    expect(urls["Café"]).toBe("/topics/cafe/");
    expect(urls["Cafe"]).toMatch(/^\/topics\/cafe--[0-9a-f]{6}\/$/);
  });

  it("gives Arabic names readable, stable URLs and marks Arabic articles right-to-left", () => {
    const { archive } = build([story("2023/10/ar", { lang: "ar", topics: ["آثار"], byline: ["هزيم صباغ"], source: "سانا" })]);
    const [article] = archive.articles;
    expect(article?.dir).toBe("rtl");
    expect(article?.topics[0]?.url).toBe("/topics/athar/");
    expect(article?.bylines[0]?.url).toBe("/bylines/hzym-sbagh/");
    expect(article?.source.url).toBe("/sources/sana/");
  });

  it("falls back to the first paragraph, cut at a word, when there is no summary", () => {
    const long = story("2015/10/x");
    long.facts.excerpt = "word ".repeat(100).trim();
    const { archive } = build([long, story("2015/10/y", { summary: "Given.", date: "2015-10-01T10:00:00+03:00" })]);
    expect(archive.articles[0]?.summary).toMatch(/^word( word)*…$/);
    expect(archive.articles[0]?.summary.length).toBeLessThanOrEqual(220);
    expect(archive.articles[1]?.summary).toBe("Given.");
  });

  it("is a pure function of its input", () => {
    const stories = [story("2015/10/a", { topics: ["X"] }), story("2015/10/b", { topics: ["X", "Y"], date: "2015-10-14T10:00:00+03:00" })];
    expect(JSON.stringify(build(stories))).toBe(JSON.stringify(build(stories)));
  });
});

describe("truncateAtWord", () => {
  it("keeps short text and cuts long text at a word boundary", () => {
    expect(truncateAtWord("short", 10)).toBe("short");
    expect(truncateAtWord("one two three four", 12)).toBe("one two…");
  });
});
