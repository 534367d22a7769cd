import { execFileSync } from "node:child_process";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "../../src/content/read-content.ts";
import { useTemporaryFolder } from "../helpers/project.ts";

const article = "---\ntitle: Café\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\n---\n\nBody.\n";

describe("readContent: what is not read", () => {
  const folder = useTemporaryFolder();

  it("refuses symbolic links, never following one out of the content folder, and files that are not regular", async () => {
    const content = path.join(folder.path, "content");
    await mkdir(path.join(content, "2015/10"), { recursive: true });
    await writeFile(path.join(content, "2015/10/real.md"), article);
    await writeFile(path.join(folder.path, "outside.md"), article);
    await symlink(path.join(folder.path, "outside.md"), path.join(content, "2015/10/outside.md"));
    await symlink(path.join(content, "2015/10/real.md"), path.join(content, "2015/10/twin.md"));
    await symlink(path.join(content, "2015"), path.join(content, "2016"));
    execFileSync("mkfifo", [path.join(content, "2015/10/pipe.md")]);

    const read = await readContent({ contentDir: content, cwd: folder.path });
    expect(read.files.map((file) => file.ref)).toEqual(["2015/10/real"]);
    expect([...read.unreadable].sort()).toEqual(["2015/10/outside", "2015/10/pipe", "2015/10/twin"]);
    const byFile = Object.fromEntries(read.problems.map((problem) => [problem.file, problem]));
    expect(byFile["content/2015/10/outside.md"]).toMatchObject({ code: "FileLinkRefused", severity: "error" });
    expect(byFile["content/2015/10/outside.md"]?.message).not.toContain(folder.path);
    expect(byFile["content/2015/10/twin.md"]?.message).toContain("`2015/10/real.md`");
    expect(byFile["content/2016"]).toMatchObject({ code: "FileLinkRefused" });
    expect(byFile["content/2015/10/pipe.md"]).toMatchObject({ code: "FileUnreadable", message: "The file could not be read: it is not a regular file." });
  });

  it("names a file that is not UTF-8 with its line, instead of reading it with replacement characters", async () => {
    const content = path.join(folder.path, "encodings");
    await mkdir(content, { recursive: true });
    await writeFile(path.join(content, "latin.md"), Buffer.from(article, "latin1"));
    await writeFile(path.join(content, "wide.md"), Buffer.from(article, "utf16le"));
    const read = await readContent({ contentDir: content, cwd: folder.path });
    expect(read.files).toEqual([]);
    expect(read.problems.map((problem) => [problem.file, problem.code, problem.line])).toEqual([
      ["encodings/latin.md", "FileEncoding", 2],
      ["encodings/wide.md", "FileEncoding", 1],
    ]);
    expect(read.problems[1]?.message).toContain("UTF-16");
  });
});
