import { type ChildProcess, spawn } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

/** Poll until `check` passes or ten seconds are up. */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("npm start: the live preview", () => {
  const folder = useTemporaryFolder();
  let content: string;
  let preview: ChildProcess;
  let output = "";
  let origin = "";
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
    const port = String(20000 + Math.floor(Math.random() * 20000));
    preview = spawn(process.execPath, ["--import", "tsx", "src/cli/preview.ts", "--content", content, "--port", port, "--output", path.join(folder.path, "preview")], {
      cwd: projectRoot,
      env: { ...process.env, NO_COLOR: "1" },
      detached: true,
    });
    preview.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    preview.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    origin = await eventually(async () => /Server at (http:\/\/localhost:\d+)\//.exec(output)?.[1]);
  });

  afterAll(async () => {
    if (preview.pid) process.kill(-preview.pid, "SIGTERM");
  });

  it("serves the archive with drafts and embargoed stories, marked, and a search index", async () => {
    expect(output).toMatch(/Preview ready: \d+ pages written in [\d.]+ s\./);
    await eventually(async () => (/Search index written: 4 articles/.test(output) ? true : undefined));
    expect((await fetch(`${origin}/pagefind/2015/pagefind.js`)).status).toBe(200);
    const { $ } = await page("/");
    expect($(".card__title a").map((_, link) => $(link).text()).get()).toEqual(["Embargoed story", "A draft", "Second headline", "First headline"]);
    expect((await page("/2015/10/15/draft/")).$(".preview-banner").text()).toContain("Draft");
  });

  it("shows an edit after rewriting only the pages it changes", async () => {
    const file = path.join(content, "2015/10/one.md");
    await writeFile(file, (await readFile(file, "utf8")).replace("First headline", "First headline, edited"));
    const { $ } = await eventually(async () => {
      const result = await page("/2015/10/13/one/");
      return result.$("h1").text().includes("edited") ? result : undefined;
    });
    expect($("h1").text()).toBe("First headline, edited");
    const line = await eventually(async () => /Updated .*one\.md: (\d+) pages written in [\d.]+ s\./.exec(output) ?? undefined);
    const pages = Number(line[1]);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(20);
    expect((await page("/topics/syria/")).$(".card__title a").text()).toBe("First headline, edited");
  });

  it("reports a broken file and keeps its last good version online", async () => {
    const file = path.join(content, "2015/10/two.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^source: .*$/m, "source: 42"));
    await eventually(async () => (output.includes("two.md:4 error source: `42` is read as a number, not text.") ? true : undefined));
    expect((await page("/2015/10/14/two/")).$("h1").text()).toBe("Second headline");
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
