import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

// With the default 20 articles a page: topic "Exact" has 20 articles, one a day
// in March 2016; topic "Plus" has 21, one a day in April, "Plus 0" the oldest.
function day(month: string, index: number): string {
  return `2016-${month}-${String(1 + index).padStart(2, "0")}T09:00:00+02:00`;
}

describe("pagination at its edges, built for real", () => {
  const folder = useTemporaryFolder();
  let site: string;

  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 20; index++) files[`2016/03/exact-${index}.md`] = validArticle(`Exact ${index}`, day("03", index), { topics: "[Exact]" });
    for (let index = 0; index < 21; index++) files[`2016/03/plus-${index}.md`] = validArticle(`Plus ${index}`, day("04", index), { topics: "[Plus]" });
    await writeFiles(path.join(folder.path, "content"), files);
    site = path.join(folder.path, "site");
    const result = await runCli("build", ["--content", path.join(folder.path, "content"), "--output", site, "--no-cache", "--quiet"]);
    expect(result.stderr).toBe("");
  });

  it("keeps exactly one page size on one page, with no page navigation", async () => {
    const $ = await loadPage(site, "/topics/exact/");
    expect($(".card")).toHaveLength(20);
    expect($(".pagination")).toHaveLength(0);
    expect(existsSync(path.join(site, "topics/exact/page/2"))).toBe(false);
  });

  it("starts numbered pages with the one article past the page size: page 1 the oldest, page 2 the newest", async () => {
    const front = await loadPage(site, "/topics/plus/");
    const oldest = await loadPage(site, "/topics/plus/page/1/");
    const newest = await loadPage(site, "/topics/plus/page/2/");
    expect(front(".card")).toHaveLength(20);
    expect(oldest(".card")).toHaveLength(20);
    expect(newest(".card")).toHaveLength(1);
    expect(oldest(".card__title a").last().text()).toBe("Plus 0");
    expect(newest(".card__title a").text()).toBe("Plus 20");
    expect(front(".pagination a[rel=next]").attr("href")).toBe("/topics/plus/page/1/");
    expect(oldest(".pagination a[rel=prev]").attr("href")).toBe("/topics/plus/page/2/");
    expect(newest(".pagination a[rel=prev]").attr("href")).toBe("/topics/plus/");
    expect(oldest(".pagination [aria-current=page]").text()).toBe("1");
    // Counts change with every new article: only the front page shows them.
    expect(front(".listing-header__count").text()).toBe("21 articles");
    expect(oldest(".listing-header__count")).toHaveLength(0);
    expect(existsSync(path.join(site, "topics/plus/page/3"))).toBe(false);
  });

  it("pages the home page over all 41 articles (20 in front; 20, 20 and 1 numbered), and each month on its own", async () => {
    const home = [];
    for (const url of ["/", "/page/1/", "/page/2/", "/page/3/"]) home.push((await loadPage(site, url))(".card").length);
    expect(home).toEqual([20, 20, 20, 1]);
    expect(existsSync(path.join(site, "page/4"))).toBe(false);
    expect((await loadPage(site, "/2016/03/"))(".card")).toHaveLength(20);
    expect(existsSync(path.join(site, "2016/03/page/1"))).toBe(false);
    expect((await loadPage(site, "/2016/04/page/2/"))(".card")).toHaveLength(1);
  });
});
