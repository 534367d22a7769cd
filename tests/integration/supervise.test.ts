import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { supervise } from "../../src/cli/supervise.ts";
import { useTemporaryFolder, writeFiles } from "../helpers/project.ts";

describe("supervise", () => {
  const folder = useTemporaryFolder();

  it("starts the script afresh when a TypeScript file it watches changes, and stops it", async () => {
    const starts = path.join(folder.path, "starts.log");
    await writeFiles(folder.path, {
      "code/module.ts": "export const version = 1;\n",
      // A long-running script that notes each start.
      "server.mjs": `import { appendFileSync } from "node:fs"; appendFileSync(${JSON.stringify(starts)}, "start\\n"); setInterval(() => {}, 1000);\n`,
    });
    const log: string[] = [];
    const stop = supervise({
      script: path.join(folder.path, "server.mjs"),
      args: [],
      nodeFlags: [],
      watch: [path.join(folder.path, "code")],
      log: (line) => log.push(line),
      onEnd: () => log.push("ended"),
    });
    const count = async () => (await readFile(starts, "utf8").catch(() => "")).split("\n").filter(Boolean).length;
    const waitFor = async (expected: number) => {
      for (let tries = 0; tries < 200 && (await count()) < expected; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    await waitFor(1);
    expect(await count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await writeFile(path.join(folder.path, "code/module.ts"), "export const version = 2;\n");
    await waitFor(2);
    expect(await count()).toBe(2);
    expect(log.join("\n")).toMatch(/module\.ts changed: restarting…/);
    await writeFile(path.join(folder.path, "code/notes.txt"), "not code\n");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await count()).toBe(2);
    await stop();
    expect(log).not.toContain("ended");
  });

  it.each([0, 2])("stops watching when the script ends by itself with %i (help printed, or a usage error)", async (code) => {
    await writeFiles(folder.path, { [`exits-${code}.mjs`]: `process.exit(${code});\n` });
    const ended = await new Promise<number>((resolve) => {
      supervise({ script: path.join(folder.path, `exits-${code}.mjs`), args: [], nodeFlags: [], watch: [path.join(folder.path, "code")], log: () => {}, onEnd: resolve });
    });
    expect(ended).toBe(code);
  });

  it("keeps waiting for a code change when the script fails", async () => {
    await writeFiles(folder.path, { "fails.mjs": "process.exit(1);\n" });
    const log: string[] = [];
    const stop = supervise({ script: path.join(folder.path, "fails.mjs"), args: [], nodeFlags: [], watch: [path.join(folder.path, "code")], log: (line) => log.push(line), onEnd: () => log.push("ended") });
    for (let tries = 0; tries < 100 && log.length === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).toEqual(["The preview stopped; it starts again when you save a change to its code."]);
    await stop();
  });
});
