import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type RunningPreview, startPreview } from "../helpers/preview.ts";
import { useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

describe("npm start: the live preview", () => {
  const folder = useTemporaryFolder();
  let content: string;
  let preview: RunningPreview;
  let origin = "";
  const output = () => preview.output();
  const page = async (url: string) => {
    const response = await fetch(`${origin}${url}`);
    return { status: response.status, $: load(await response.text()) };
  };

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/one.md": validArticle("First headline", "2015-10-13T10:00:00+03:00", { topics: "[Syria]" }),
      "2015/10/two.md": validArticle("Second headline", "2015-10-14T10:00:00+03:00", { topics: "[Water]" }),
      "2015/10/draft.md": validArticle("A draft", "2015-10-15T10:00:00+03:00", { draft: "true" }),
      "2099/01/embargoed.md": validArticle("Embargoed story", "2099-01-01T10:00:00+03:00"),
    });
    preview = await startPreview(content, path.join(folder.path, "preview"));
    origin = preview.origin;
  });

  afterAll(() => preview?.stop());

  it("serves the archive with drafts and embargoed stories, marked, and a search index", async () => {
    expect(output()).toMatch(/Preview ready: \d+ pages written in [\d.]+ s\./);
    await eventually(async () => (/Search index written: 4 articles/.test(output()) ? true : undefined));
    expect((await fetch(`${origin}/pagefind/2015/pagefind.js`)).status).toBe(200);
    const { $ } = await page("/");
    expect($(".card__title a").map((_, link) => $(link).text()).get()).toEqual(["Embargoed story", "A draft", "Second headline", "First headline"]);
    expect((await page("/2015/10/15/draft/")).$(".preview-banner").text()).toContain("Draft");
    expect(output()).toMatch(/Desk \(drafts, embargoes, problems\): http:\/\/localhost:\d+\/\.backfile\/desk\//);
  });

  it("adds the problem panel to the pages it serves, never to the pages it writes", async () => {
    const served = await (await fetch(`${origin}/2015/10/13/one/`)).text();
    expect(served).toContain('<script type="module" src="/.backfile/panel.js"></script>');
    const written = await readFile(path.join(folder.path, "preview", "2015/10/13/one/index.html"), "utf8");
    expect(written).not.toContain(".backfile");
    const status = (await (await fetch(`${origin}/.backfile/problems.json`)).json()) as { problems: { code: string }[]; summary: string };
    // A story dated 2099 is embargoed for over a year: probably a mistyped year.
    expect(status.problems.map((problem) => problem.code)).toEqual(["DateFarFuture"]);
    expect(status.summary).toBe("1 warning in 1 file.");
    const desk = load(await (await fetch(`${origin}/.backfile/desk/`)).text());
    expect(desk("#desk-drafts + table a").text()).toBe("A draft");
    expect(desk("#desk-embargoed + table a").text()).toBe("Embargoed story");
  });

  it("shows an edit after rewriting only the pages it changes", async () => {
    const file = path.join(content, "2015/10/one.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("First headline", "First headline, edited"));
    const { $ } = await eventually(async () => {
      const result = await page("/2015/10/13/one/");
      return result.$("h1").text().includes("edited") ? result : undefined;
    });
    expect($("h1").text()).toBe("First headline, edited");
    const line = await eventually(async () => /Updated .*one\.md: (\d+) pages written in [\d.]+ s\./.exec(output()) ?? undefined);
    const pages = Number(line[1]);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(20);
    expect((await page("/topics/syria/")).$(".card__title a").text()).toBe("First headline, edited");
  });

  it("reports a broken file and keeps its last good version online; the terminal says only what changed", async () => {
    const file = path.join(content, "2015/10/two.md");
    const good = await readFile(file, "utf8");
    let mark = output().length;
    await writeFile(file, good.replace(/^source: .*$/m, "source: 42"));
    const broken = await eventually(async () => (output().slice(mark).includes("Now: ") ? output().slice(mark) : undefined));
    expect(broken).toMatch(/New problems:\n\n.*two\.md:4 error source: `42` is read as a number, not text\.\n {2}hint: Put it in quotes: `source: "42"`\.\n\nNow: 1 error and 1 warning in 2 files\.\n/);
    expect((await page("/2015/10/14/two/")).$("h1").text()).toBe("Second headline");
    const { problems } = (await (await fetch(`${origin}/.backfile/problems.json`)).json()) as { problems: { file: string; line: number; field: string; page: string }[] };
    expect(problems.find((problem) => problem.field === "source")).toMatchObject({ line: 4, page: "/2015/10/14/two/" });

    // A duplicate slug is reported from the plan, naming both files, as validate and build report it; one article keeps the page.
    mark = output().length;
    await writeFile(path.join(content, "2015/10/one-again.md"), validArticle("Another first", "2015-10-13T18:00:00+03:00", { slug: "one" }));
    const duplicate = await eventually(async () => (output().slice(mark).includes("Now: ") ? output().slice(mark) : undefined));
    expect(duplicate).toMatch(/one-again\.md:\d+ error slug: This article and `.*\/one\.md` would both be published at `\/2015\/10\/13\/one\/`\./);
    expect(duplicate).toMatch(/one\.md:\d+ error date: This article and `.*\/one-again\.md` would both be published/);
    expect(duplicate).not.toContain("two.md");
    expect(duplicate).not.toMatch(/conflict|permalink/i);
    expect((await page("/2015/10/13/one/")).$("h1").text()).toBe("First headline, edited");

    mark = output().length;
    await rm(path.join(content, "2015/10/one-again.md"));
    await writeFile(file, good);
    const fixed = await eventually(async () => (/Now: 1 warning in 1 file\.\n$/.test(output().slice(mark)) ? output().slice(mark) : undefined));
    expect(fixed).toMatch(/Resolved:\n\n.*two\.md:4 error source: `42` is read as a number, not text\.\n/);
    expect(fixed).not.toContain("hint:");
    expect(fixed).not.toContain("New problems:");
  });

  it("takes a deleted article off the site", async () => {
    await rm(path.join(content, "2015/10/draft.md"));
    const gone = await eventually(async () => {
      const result = await page("/2015/10/15/draft/");
      return result.status === 404 ? result : undefined;
    });
    expect(gone.status).toBe(404);
    expect((await page("/")).$(".card__title a").text()).not.toContain("A draft");
  });

  it("shows a picture added while it runs, with the files made of it", async () => {
    await writeFiles(content, { "2015/10/gate.jpg": await sharp({ create: { width: 400, height: 250, channels: 3, background: "#8a1c1c" } }).jpeg().toBuffer() });
    const file = path.join(content, "2015/10/two.md");
    await writeFile(file, validArticle("Second headline", "2015-10-14T10:00:00+03:00", { topics: "[Water]", image: "{ src: gate.jpg, alt: The gate }" }));
    const { $ } = await eventually(async () => {
      const result = await page("/2015/10/14/two/");
      return result.$(".figure--lead img").length > 0 ? result : undefined;
    });
    const src = $(".figure--lead img").attr("src") ?? "";
    expect(src).toMatch(/^\/media\/[0-9a-f]{12}-\d+\.jpeg$/);
    expect((await fetch(`${origin}${src}`)).status).toBe(200);
  });
});
