/// <reference lib="dom" />
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningPreview, startPreview } from "../helpers/preview.ts";
import { useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";
import { accessibilityViolations, launchBrowser, openPage } from "../setup/browser.ts";

/** Two weeks from now, in the archive's zone: embargoed, but not so far ahead that it looks like a mistyped year. */
const release = new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, "Z");

describe("the preview in a real browser", () => {
  const folder = useTemporaryFolder();
  let content: string;
  let preview: RunningPreview;
  let browser: Browser;

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/one.md": validArticle("First headline", "2015-10-13T10:00:00+03:00", { topics: "[Syria]", summary: "The first." }),
      "2015/10/two.md": validArticle("Second headline", "2015-10-14T10:00:00+03:00", { topics: "[Water]", summary: "The second." }, "Text with <b>raw HTML</b>.\n"),
      "2015/10/draft.md": validArticle("A draft", "2015-10-15T10:00:00+03:00", { draft: "true" }),
      "2030/01/embargoed.md": validArticle("Embargoed story", release, { topics: "[Syria]" }),
    });
    [preview, browser] = await Promise.all([startPreview(content, path.join(folder.path, "preview")), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    preview?.stop();
  });

  const open = (url: string, dark = false): Promise<Page> => openPage(browser, `${preview.origin}${url}`, { dark });
  const panel = (page: Page) => page.locator("backfile-problems aside");

  it("shows the problems on every page: errors and warnings apart, appearing on a bad save and clearing when it is fixed", async () => {
    const page = await open("/2015/10/13/one/");
    // A warning alone: the panel stays closed, its count in view.
    await expect.poll(() => panel(page).locator(".counts").textContent()).toBe("1 warning");
    await expect.poll(() => panel(page).locator("#backfile-problems").isHidden()).toBe(true);
    await panel(page).getByRole("button", { name: "Show" }).click();
    await expect.poll(() => panel(page).getByRole("heading", { name: "Warnings (1)" }).isVisible()).toBe(true);
    expect(await panel(page).locator("li").textContent()).toMatch(/two\.md:9 Raw HTML is removed from the published article\.Hint: Write it in Markdown instead/);

    const file = path.join(content, "2015/10/one.md");
    const good = await readFile(file, "utf8");
    await writeFile(file, good.replace(/^source: .*$/m, "source: 42"));
    // The page reloads by itself and opens the panel on the error; the last good story stays on the page.
    await expect.poll(() => panel(page).locator(".counts").textContent()).toBe("1 error · 1 warning");
    const error = panel(page).locator('section[aria-labelledby="backfile-errors"] li');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/one\.md:4 source: `42` is read as a number, not text\.Hint: Put it in quotes: `source: "42"`\./);
    expect(await error.locator("a").getAttribute("href")).toBe("/2015/10/13/one/");
    expect(await panel(page).getByRole("heading", { name: "Warnings (1)" }).isVisible()).toBe(true);
    expect(await page.locator("h1").textContent()).toBe("First headline");
    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
      expect(await accessibilityViolations(page), dark ? "dark" : "light").toEqual([]);
    }

    await writeFile(file, good);
    await expect.poll(() => panel(page).locator(".counts").textContent()).toBe("1 warning");
    expect(await panel(page).locator("h2.error").count()).toBe(0);
    // An edit that leaves the problems as they are patches the page in place; the panel stays.
    await writeFile(file, good.replace("First headline", "First headline, edited"));
    await expect.poll(() => page.locator("h1").textContent()).toBe("First headline, edited");
    await expect.poll(() => panel(page).locator(".counts").textContent()).toBe("1 warning");
    await page.context().close();
  });

  it("has a desk of drafts, embargoed stories with their release time, stories with problems and stories missing topics or a summary", async () => {
    for (const dark of [false, true]) {
      const page = await open("/.backfile/desk/", dark);
      const rows = (list: string) => page.locator(`#desk-${list} + table tbody tr`).allTextContents();
      expect(await rows("drafts")).toEqual([expect.stringMatching(/^A draft.*draft\.md.*October 15, 2015/)]);
      expect(await rows("embargoed")).toEqual([expect.stringMatching(/^Embargoed story.*embargoed\.md/)]);
      expect(await page.locator("#desk-embargoed + table time").getAttribute("datetime")).toBe(release);
      expect(await rows("problems")).toEqual([expect.stringMatching(/^Second headline.*1 warning$/)]);
      expect(await rows("incomplete")).toEqual([expect.stringMatching(/^Embargoed story.*no summary$/), expect.stringMatching(/^A draft.*no topics, no summary$/)]);
      await page.locator("#desk-drafts + table").getByRole("link", { name: "A draft" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toBe("A draft");
      await page.goBack();
      expect(await panel(page).locator(".counts").textContent()).toBe("1 warning");
      expect(await accessibilityViolations(page), dark ? "dark" : "light").toEqual([]);
      await page.context().close();
    }
  });
});
