import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticArchive } from "../../src/bench/synthetic-archive.ts";
import { loadPage, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

describe("drafts and embargoes", () => {
  const folder = useTemporaryFolder();
  let content: string;
  beforeAll(async () => {
    content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/published.md": validArticle("Published story", "2015-10-13T10:00:00+03:00"),
      "2015/10/draft.md": validArticle("Draft story", "2015-10-14T10:00:00+03:00", { draft: "true" }),
      "2015/10/embargoed.md": validArticle("Embargoed story", "2015-10-20T06:00:00+03:00"),
    });
  });
  const now = "2015-10-15T12:00:00+03:00";

  it("leaves drafts and articles dated after the reference time out of a production build", async () => {
    const site = path.join(folder.path, "production");
    const result = await runCli("build", ["--content", content, "--output", site, "--now", now, "--no-cache"]);
    expect(result.stdout).toContain("Built 1 article into");
    expect(result.stdout).toMatch(/\nHeld back: 1 draft and 1 embargoed \(the next goes live at the first build after October 20, 2015 at 6:00\s?AM GMT\+3\); no warnings\.\n$/);
    expect(existsSync(path.join(site, "2015/10/13/published/index.html"))).toBe(true);
    expect(existsSync(path.join(site, "2015/10/14/draft"))).toBe(false);
    expect(existsSync(path.join(site, "2015/10/20/embargoed"))).toBe(false);
    expect((await loadPage(site, "/"))(".card")).toHaveLength(1);
    // No story of the last 48 hours: no news sitemap (it has no valid empty form), and robots.txt names none.
    expect(existsSync(path.join(site, "news-sitemap.xml"))).toBe(false);
    expect(await readFile(path.join(site, "robots.txt"), "utf8")).not.toContain("news-sitemap");
  });

  it("says which stories validate finds held back, and when an embargoed one goes live", async () => {
    const result = await runCli("validate", ["--content", content, "--now", now]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^No problems found in 3 articles\.\n\nHeld back from the site:\n.*content\/2015\/10\/draft\.md: a draft, left out until `draft: true` is removed\.\n.*content\/2015\/10\/embargoed\.md: embargoed; it goes live at the first build after October 20, 2015 at 6:00\s?AM GMT\+3\.\n$/,
    );
    const one = await runCli("validate", ["--content", content, "--now", now, path.join(content, "2015/10/published.md")]);
    expect(one.stdout).toBe("No problems found in 1 article.\n");
  });

  it("publishes an embargoed article once the reference time passes it", async () => {
    const site = path.join(folder.path, "later");
    await runCli("build", ["--content", content, "--output", site, "--now", "2015-10-20T06:00:00+03:00", "--no-cache", "--quiet"]);
    expect(existsSync(path.join(site, "2015/10/20/embargoed/index.html"))).toBe(true);
    expect(await readFile(path.join(site, "news-sitemap.xml"), "utf8")).toContain("/2015/10/20/embargoed/");
    expect(await readFile(path.join(site, "robots.txt"), "utf8")).toContain("/news-sitemap.xml");
  });

  it("shows both in a preview build, marked, and keeps search engines away", async () => {
    const site = path.join(folder.path, "staging");
    await runCli("build", ["--content", content, "--output", site, "--now", now, "--no-cache", "--drafts", "--embargoed", "--quiet"]);
    const draft = await loadPage(site, "/2015/10/14/draft/");
    expect(draft(".preview-banner").text()).toContain("Draft: this article is not published.");
    expect(draft('meta[name="robots"]').attr("content")).toBe("noindex");
    const embargoed = await loadPage(site, "/2015/10/20/embargoed/");
    expect(embargoed(".preview-banner").text()).toMatch(/Embargoed until October 20, 2015 at 6:00\s?AM GMT\+3/);
    const home = await loadPage(site, "/");
    expect(home(".card__flag").map((_, flag) => home(flag).text()).get()).toEqual(["Embargoed", "Draft"]);
    const published = await loadPage(site, "/2015/10/13/published/");
    expect(published(".preview-banner")).toHaveLength(0);
    expect(published('meta[name="robots"]')).toHaveLength(0);
  });
});

describe("editorial warnings", () => {
  const folder = useTemporaryFolder();

  it("warns about two spellings of one name and about a dateline typed into the story", async () => {
    const content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/a.md": validArticle("A", "2015-10-13T10:00:00+03:00", { topics: "[Syria]" }),
      "2015/10/b.md": validArticle("B", "2015-10-14T10:00:00+03:00", { topics: "[Syria]" }),
      "2015/10/c.md": validArticle("C", "2015-10-15T10:00:00+03:00", { topics: "[syria]" }, "\nMOSCOW, Oct. 15 (SANA) — The minister said."),
    });
    const result = await runCli("validate", ["--content", content]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/content\/2015\/10\/c\.md:6 warning topics: `syria` and `Syria` are listed apart, though they look like one topic\.\n {2}hint: If they are the same, spell it `Syria` everywhere \(it is used 2 times, `syria` 1\)\./);
    expect(result.stdout).toMatch(/content\/2015\/10\/c\.md:9 warning The story starts with a dateline, `MOSCOW, Oct\. 15 \(SANA\) —`/);
  });
});

describe("build progress", () => {
  const folder = useTemporaryFolder();
  beforeAll(async () => {
    await writeSyntheticArchive(path.join(folder.path, "content"), { articles: 250, articlesPerPicture: 0 });
  });

  it("reports reading, rendering and writing of a large archive, then a summary; nothing with --quiet", async () => {
    const args = ["--content", path.join(folder.path, "content"), "--output", path.join(folder.path, "site"), "--cache-dir", path.join(folder.path, "cache"), "--now", "2030-01-01T00:00:00Z"];
    const loud = await runCli("build", args);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain("Reading articles: 250 of 250");
    expect(loud.stderr).toContain("Rendering stories: 250 of 250");
    expect(loud.stderr).toMatch(/Writing pages: ([\d,]+) of \1/);
    expect(loud.stdout).toMatch(/^Built 250 articles into .*: ([\d,]+) of \1 pages drawn, the others unchanged, in [\d.]+ s \(stories: 0 unchanged, 0 renders reused, 250 rendered; search: \d+ of \d+ years? indexed\)\.\nNothing held back; no warnings\.\n$/);
    const warm = await runCli("build", [...args, "--quiet"]);
    expect(warm.stdout).toBe("");
    expect(warm.stderr).toBe("");
  });
});
