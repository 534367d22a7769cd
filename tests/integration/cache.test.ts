import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

interface Figures {
  articles: number;
  unchanged: number;
  reusedRenders: number;
  rendered: number;
  pagesDrawn: number;
  searchBundlesIndexed: number;
}

describe("caching across builds", () => {
  const folder = useTemporaryFolder();
  let content: string;
  let site: string;
  const build = async (...extra: string[]): Promise<Figures> => {
    const stats = path.join(folder.path, "stats.json");
    const result = await runCli("build", ["--content", content, "--output", site, "--cache-dir", path.join(folder.path, "cache"), "--stats-file", stats, "--quiet", ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(await readFile(stats, "utf8")) as Figures;
  };

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    site = path.join(folder.path, "site");
    await writeFiles(content, {
      "2015/10/one.md": validArticle("One", "2015-10-13T10:00:00+03:00", {}, "First body."),
      "2015/10/two.md": validArticle("Two", "2015-10-14T10:00:00+03:00", {}, "Second body."),
      "2015/10/three.md": validArticle("Three", "2015-10-15T10:00:00+03:00", {}, "Third body."),
    });
  });

  it("reads, validates and renders every article once, then takes them all from the cache", async () => {
    expect(await build()).toMatchObject({ articles: 3, unchanged: 0, reusedRenders: 0, rendered: 3, searchBundlesIndexed: 1 });
    expect(await build()).toMatchObject({ articles: 3, unchanged: 3, rendered: 0, pagesDrawn: 0, searchBundlesIndexed: 0 });
    expect((await readdir(path.join(site, "pagefind/2015"))).length).toBeGreaterThan(3);
  });

  it("re-reads an article whose front matter changed, but keeps its rendered body", async () => {
    const file = path.join(content, "2015/10/two.md");
    await writeFile(file, (await readFile(file, "utf8")).replace('title: "Two"', 'title: "Two, corrected"'));
    expect(await build()).toMatchObject({ unchanged: 2, reusedRenders: 1, rendered: 0, searchBundlesIndexed: 1 });
    expect((await loadPage(site, "/2015/10/14/two/"))("h1").text()).toBe("Two, corrected");
  });

  it("renders again only the article whose body changed", async () => {
    const file = path.join(content, "2015/10/three.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Third body.", "Third body, *edited*."));
    expect(await build()).toMatchObject({ unchanged: 2, reusedRenders: 0, rendered: 1 });
    expect((await loadPage(site, "/2015/10/15/three/"))(".story__body em").text()).toBe("edited");
  });

  it("forgets articles that were removed", async () => {
    await rm(path.join(content, "2015/10/one.md"));
    expect(await build()).toMatchObject({ articles: 2, unchanged: 2 });
    const records = path.join(folder.path, "cache/articles/records");
    const packs = await readdir(records);
    const entries = await Promise.all(packs.map(async (pack) => Object.keys(JSON.parse(await readFile(path.join(records, pack), "utf8")).entries)));
    expect(entries.flat().sort()).toEqual(["2015/10/three", "2015/10/two"]);
  });

  it("renders every article again when the site's address changes, so links in stories follow it", async () => {
    const file = path.join(content, "2015/10/three.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("Third body, *edited*.", "See [the second story](/2015/10/14/two/)."));
    expect(await build()).toMatchObject({ unchanged: 1, rendered: 1 });
    expect(await build("--path-prefix", "/archive/")).toMatchObject({ unchanged: 0, reusedRenders: 0, rendered: 2 });
    expect((await loadPage(site, "/2015/10/15/three/"))(".story__body a").attr("href")).toBe("/archive/2015/10/14/two/");
  });
});
