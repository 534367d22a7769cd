import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

describe("every command", () => {
  it("shows its help with -h, and answers a mistake with its one line and where the help is", async () => {
    const commands = { build: "npm run build", validate: "npm run validate", import: "npm run import", new: "npm run new", bench: "npm run bench", "preview-server": "npm start" };
    await Promise.all(
      Object.entries(commands).map(async ([name, typed]) => {
        const help = await runCli(name, ["-h"]);
        expect(help.code, name).toBe(0);
        expect(help.stdout, name).toMatch(new RegExp(`^Usage: ${typed} --`));
        expect(help.stdout, name).toContain("-h, --help");
      }),
    );
    // Every command words a mistake through the same runner.
    const wrong = await runCli("validate", ["--no-such-option"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe("Unknown option `--no-such-option`.\nSee `npm run validate -- --help`.\n");
  });
});

describe("paths on the command line", () => {
  const folder = useTemporaryFolder();
  let desk: string;
  beforeAll(async () => {
    desk = path.join(folder.path, "desk");
    await writeFiles(path.join(desk, "content"), {
      "2015/10/one.md": validArticle("One"),
      "2015/10/two.md": validArticle("Two", "2015-10-14T10:00:00+03:00", {}, "Text <b>raw</b>.\n"),
    });
  });

  it("are read from the folder the command was typed in", async () => {
    const validated = await runCli("validate", ["--content", "content", "content/2015/10/two.md"], { typedIn: desk });
    expect(validated.stdout).toMatch(/two\.md:\d+ warning Raw HTML is removed/);
    expect(validated.stdout).toContain("1 warning in 1 file.");
    const inside = await runCli("validate", ["--content", "../..", "one.md"], { typedIn: path.join(desk, "content", "2015", "10") });
    expect(inside.stdout).toBe("No problems found in 1 article.\n");

    const built = await runCli("build", ["--content", "content", "--output", "site", "--no-cache", "--no-search", "--now", "2016-01-01T00:00:00Z"], { typedIn: desk });
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain("Built 2 articles into site:");
    expect(existsSync(path.join(desk, "site", "2015/10/14/two/index.html"))).toBe(true);

    // `--output .` would replace the folder the editor is in.
    await writeFiles(path.join(desk, "notes"), { "keep.txt": "mine" });
    const here = await runCli("build", ["--content", "../content", "--output", ".", "--no-cache"], { typedIn: path.join(desk, "notes") });
    expect(here.code).toBe(1);
    expect(here.stderr).toContain("Refusing to build into");
    expect(existsSync(path.join(desk, "notes", "keep.txt"))).toBe(true);

    const started = await runCli("new", ["--title", "Three", "--date", "2015-10-15T10:00", "--content", "content"], { typedIn: desk });
    expect(started.code, started.stderr).toBe(0);
    expect(existsSync(path.join(desk, "content", "2015/10/three.md"))).toBe(true);
  });
});
