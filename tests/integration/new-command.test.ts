import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, runCli, useTemporaryFolder } from "../helpers/project.ts";

describe("npm run new", () => {
  const folder = useTemporaryFolder();
  let content: string;
  beforeAll(async () => {
    content = path.join(folder.path, "content");
  });

  it("starts a valid draft at content/YYYY/MM/<slug>.md, dated now in the site's time zone", async () => {
    const before = DateTime.now().setZone("Asia/Damascus");
    const result = await runCli("new", ["--title", "Citadel gate restoration begins", "--dateline", "Aleppo", "--byline", "Reem Haddad/Hazem Sabbagh", "--topics", "Heritage, Syria", "--topics", "Archaeology", "--content", content]);
    expect(result.code, result.stderr).toBe(0);
    const written = result.stdout.trim();
    expect(written).toMatch(new RegExp(`content/${before.toFormat("yyyy/LL")}/citadel-gate-restoration-begins\\.md$`));
    const text = await readFile(path.resolve(written), "utf8");
    expect(text).toMatch(/^---\ntitle: Citadel gate restoration begins\ndate: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+03:00\nsource: Backfile Wire Archive\ndateline: Aleppo\nbyline: \[Reem Haddad, Hazem Sabbagh\]\ntopics: \[Heritage, Syria, Archaeology\]\ndraft: true # delete this line to publish\n---\n/);
    const date = DateTime.fromISO(/^date: (.*)$/m.exec(text)?.[1] ?? "");
    expect(Math.abs(date.diff(before, "minutes").minutes)).toBeLessThan(2);

    const placeholder = await runCli("validate", ["--content", content]);
    expect(placeholder.code).toBe(1);
    expect(placeholder.stdout).toMatch(/\.md:\d+ error The story still has the placeholder text of `npm run new`\./);
    await writeFile(path.resolve(written), text.replace(/^Write the story here.*$/m, "Work began on Monday on the citadel's western gate."));
    const validate = await runCli("validate", ["--content", content]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain("No problems found in 1 article.");
  });

  it("is left out of the published site until the draft line goes, and shown in a preview build", async () => {
    const published = path.join(folder.path, "site");
    await runCli("build", ["--content", content, "--output", published, "--no-cache", "--quiet"]);
    expect((await loadPage(published, "/"))(".card")).toHaveLength(0);
    const staging = path.join(folder.path, "staging");
    await runCli("build", ["--content", content, "--output", staging, "--no-cache", "--drafts", "--quiet"]);
    expect((await loadPage(staging, "/"))(".card__title a").text()).toContain("Citadel gate restoration begins");
  });

  it("never overwrites, and explains what is wrong", async () => {
    const again = await runCli("new", ["--title", "Citadel gate restoration begins", "--content", content]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists. Edit it, or choose another --slug. Nothing was written.");
    const badSlug = await runCli("new", ["--title", "X", "--slug", "../Not A Slug", "--content", content]);
    expect(badSlug.code).toBe(2);
    expect(badSlug.stderr).toContain("--slug takes lowercase letters, digits and hyphens, such as `citadel-gate`, not `../Not A Slug`.");
    const noTitle = await runCli("new", ["--content", content]);
    expect(noTitle.code).toBe(2);
    expect(noTitle.stderr).toContain('Give the headline with --title "…".');
  });
});
