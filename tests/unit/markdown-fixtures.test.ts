import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createProcessor } from "../../src/markdown/create-processor.ts";
import type { DatelineParts } from "../../src/markdown/dateline-lead.ts";
import { renderBody } from "../../src/markdown/render-body.ts";

// Each folder of tests/fixtures/markdown is one case: input.md (and dateline.json
// for the dateline lead) in, output.html out. `vitest -u` rewrites the outputs.
const fixtures = path.resolve(import.meta.dirname, "../fixtures/markdown");
const processor = createProcessor({ siteUrl: "https://archive.example.org", timeZone: "Asia/Damascus" });

describe("Markdown fixtures", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const folder = path.join(fixtures, name);
      const body = readFileSync(path.join(folder, "input.md"), "utf8");
      const datelineFile = path.join(folder, "dateline.json");
      const dateline = existsSync(datelineFile) ? (JSON.parse(readFileSync(datelineFile, "utf8")) as DatelineParts) : undefined;
      const { html } = renderBody(processor, dateline ? { body, dateline } : { body });
      await expect(html).toMatchFileSnapshot(path.join(folder, "output.html"));
    });
  }
});
