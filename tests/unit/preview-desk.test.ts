import { readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { type ConfigData, HtmlValidate, StaticConfigLoader } from "html-validate";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { deskView } from "../../src/archive/desk.ts";
import { problem } from "../../src/content/catalogue.ts";
import { deskPage } from "../../src/eleventy/preview-desk.ts";
import { withPanel } from "../../src/eleventy/preview-middleware.ts";
import { projectRoot } from "../helpers/project.ts";
import { story, testSite } from "./archive-helpers.ts";

const now = Date.parse("2015-10-20T00:00:00Z");
const stories = [
  story("2015/10/old", { date: "2015-10-10T10:00:00+03:00", topics: ["Syria"], summary: "Written by the desk." }),
  story("2015/10/draft", { date: "2015-10-12T10:00:00+03:00", draft: true, topics: ["Syria"], summary: "A draft." }),
  story("2015/11/embargoed", { title: "Embargoed <script>alert(1)</script>", date: "2015-11-01T09:00:00+03:00", topics: ["Syria"] }),
  story("2015/10/bare", { date: "2015-10-15T10:00:00+03:00", summary: "No topics." }),
];
const { archive } = buildArchive(stories, testSite, { now, includeDrafts: true, includeEmbargoed: true });
const problems = [problem("RawHtmlRemoved", { file: "content/2015/10/bare.md", line: 9 }, {}), problem("RawHtmlRemoved", { file: "content/2015/10/bare.md", line: 12 }, {})];
const desk = deskView(archive.articles, problems, stories);

describe("the desk", () => {
  it("lists drafts, embargoed stories, stories with problems and stories missing topics or a summary, newest first", () => {
    const files = (list: { file: string }[]) => list.map((item) => item.file);
    expect(files(desk.drafts)).toEqual(["content/2015/10/draft.md"]);
    expect(desk.embargoed.map((item) => item.published)).toEqual(["2015-11-01T09:00:00+03:00"]);
    expect(desk.withProblems.map((item) => [item.file, item.errors, item.warnings])).toEqual([["content/2015/10/bare.md", 0, 2]]);
    expect(desk.incomplete.map((item) => [item.file, item.missing])).toEqual([
      ["content/2015/11/embargoed.md", ["summary"]],
      ["content/2015/10/bare.md", ["topics"]],
    ]);
  });

  it("is a valid page that names each story's file and links its page, with the editors' text as text", async () => {
    const html = deskPage(desk, { site: testSite, stylesheet: "/assets/style.0123456789.css" });
    const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} ${message.message}`))).toEqual([]);
    const $ = load(html);
    expect($("#desk-embargoed + table tbody tr").text()).toContain("Embargoed <script>alert(1)</script>");
    expect($("script")).toHaveLength(0);
    expect($("#desk-embargoed + table td time").attr("datetime")).toBe("2015-11-01T09:00:00+03:00");
    expect($("#desk-embargoed + table td time").text()).toMatch(/November 1, 2015 at 8:00\sAM GMT\+2/);
    expect($("#desk-drafts + table a").attr("href")).toBe("/2015/10/12/draft/");
    expect($("#desk-incomplete + table td code").map((_, code) => $(code).text()).get()).toEqual(["content/2015/11/embargoed.md", "content/2015/10/bare.md"]);
  });

  it("gives a served page the panel's script, before its head closes", () => {
    expect(withPanel("<html><head><title>x</title></head><body></body></html>")).toBe(
      '<html><head><title>x</title><script type="module" src="/.backfile/panel.js"></script></head><body></body></html>',
    );
  });
});
