import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/content/problems.ts";
import { formatText } from "../../src/content/report.ts";
import { ArchivePipeline } from "../../src/pipeline/pipeline.ts";
import { testSite } from "./archive-helpers.ts";

const fixtures = path.join(import.meta.dirname, "../fixtures/problems");

/**
 * Content in → report out: each folder of `tests/fixtures/problems/` holds a
 * `content/` folder and the `report.txt` that validating it gives. Run vitest
 * with `-u` to rewrite the reports after changing a message on purpose.
 */
describe("problem reports", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(name, async () => {
      const problems = await problemsOf(path.join(fixtures, name, "content"));
      const report = formatText(problems);
      expect(report).not.toContain("[{");
      expect(report).not.toMatch(/^\s+at /m);
      await expect(`${report}\n`).toMatchFileSnapshot(path.join(fixtures, name, "report.txt"));
    });
  }

  it("are the same in the preview, which goes on despite errors and shows drafts and embargoed stories", async () => {
    for (const name of readdirSync(fixtures).sort()) {
      const contentDir = path.join(fixtures, name, "content");
      const preview = new ArchivePipeline({ site: testSite, contentDir, now, keepGoing: true, includeDrafts: true, includeEmbargoed: true });
      expect(formatText((await preview.loadAll()).problems), name).toBe(formatText(await problemsOf(contentDir)));
    }
  });
});

const now = Date.parse("2016-01-01T00:00:00Z");

async function problemsOf(contentDir: string): Promise<readonly Problem[]> {
  return (await new ArchivePipeline({ site: testSite, contentDir, now }).loadAll()).problems;
}
