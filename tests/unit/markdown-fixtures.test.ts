import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createProcessor, type ProcessorOptions } from "../../src/markdown/create-processor.ts";
import type { DatelineParts } from "../../src/markdown/dateline-lead.ts";
import { renderBody } from "../../src/markdown/render-body.ts";

// Each folder of tests/fixtures/markdown is one case: input.md (with dateline.json
// for the dateline lead, options.json for other pipeline options) in, output.html
// out. `vitest -u` rewrites the outputs.
const fixtures = path.resolve(import.meta.dirname, "../fixtures/markdown");
const defaults: ProcessorOptions = { siteUrl: "https://archive.example.org", pathPrefix: "/", timeZone: "Asia/Damascus" };

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : undefined;
}

describe("Markdown fixtures", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const folder = path.join(fixtures, name);
      const body = readFileSync(path.join(folder, "input.md"), "utf8");
      const dateline = readJson<DatelineParts>(path.join(folder, "dateline.json"));
      const processor = createProcessor({ ...defaults, ...readJson<Partial<ProcessorOptions>>(path.join(folder, "options.json")) });
      const { html } = renderBody(processor, dateline ? { body, dateline } : { body });
      await expect(html).toMatchFileSnapshot(path.join(folder, "output.html"));
    });
  }
});
