import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type ConfigData, HtmlValidate, StaticConfigLoader } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import { projectRoot } from "../helpers/project.ts";

const site = inject("sampleSite");

// One page of every kind the site has; all pages are validated, these must be among them.
const kinds: Record<string, string> = {
  home: "index.html",
  "latest, page 2": "page/2/index.html",
  article: "2015/10/13/aleppo-citadel-restoration-begins/index.html",
  "article in Arabic": "2015/10/13/bad-tarmim-bawwabat-qalaat-halab/index.html",
  "article with a correction": "2019/03/05/late-frost-warning-for-orchards/index.html",
  topic: "topics/syria/index.html",
  source: "sources/lws/index.html",
  byline: "bylines/reem-haddad/index.html",
  dateline: "datelines/aleppo/index.html",
  "topics A–Z": "topics/index.html",
  "topics by count": "topics/by-count/index.html",
  year: "2015/index.html",
  month: "2015/10/index.html",
  day: "2015/10/13/index.html",
  "dates index": "dates/index.html",
  corrections: "corrections/index.html",
  "on this day": "on-this-day/06-25/index.html",
  "on this day, every day": "on-this-day/index.html",
  "not found": "404.html",
  "old address": "news/2015/10/13/aleppo-citadel-gate.html",
};

describe("HTML validity", () => {
  it("has every kind of page in the sample site", () => {
    for (const [kind, file] of Object.entries(kinds)) expect(existsSync(path.join(site, file)), kind).toBe(true);
  });

  it("passes html-validate (recommended rules, see .htmlvalidate.json) on every page, with zero errors", async () => {
    // The project's configuration turns off only `long-title`: headlines are the editors' words, often over 70 characters.
    const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html"));
    expect(files.length).toBeGreaterThan(150);
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(path.join(site, file));
      for (const result of report.results) for (const message of result.messages) errors.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
