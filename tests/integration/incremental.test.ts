import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { random } from "../../src/bench/synthetic-archive.ts";
import { hashFolder, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";
import type { BuildFigures } from "../../src/build/build-figures.ts";

/** A small picture of one colour: another colour, other bytes. */
const picture = (colour: string) => sharp({ create: { width: 400, height: 250, channels: 3, background: colour } }).jpeg().toBuffer();

const now = "2030-01-01T00:00:00Z";
const topics = ["Water", "Heritage", "Energy", "Trade"];
const people = ["Reem Haddad", "Omar Saleh", "Lina Khoury"];

/** A story of the test archive, dated within 2019–2020 (two years: two search bundles). */
function storyText(index: number, pick: () => number, title = `Story number ${index}`): string {
  const month = String(1 + Math.floor(pick() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(pick() * 28)).padStart(2, "0");
  const year = pick() < 0.5 ? 2019 : 2020;
  const extra = {
    topics: `[${topics.filter(() => pick() < 0.5).join(", ") || topics[0]}]`,
    byline: people[Math.floor(pick() * people.length)] as string,
  };
  return validArticle(title, `${year}-${month}-${day}T10:00:00+03:00`, extra, `Body of story ${index}. ${"Words about water and trade. ".repeat(1 + Math.floor(pick() * 5))}`);
}

describe("incremental builds", () => {
  const folder = useTemporaryFolder();
  const pick = random(7);
  let content: string;
  let cold = 0;
  const files = new Map<string, number>();

  /** A build with the cache of the builds before it, into the same output folder. */
  const warm = async (...extra: string[]): Promise<BuildFigures> => {
    const stats = path.join(folder.path, "stats.json");
    const result = await runCli("build", ["--content", content, "--output", path.join(folder.path, "site"), "--cache-dir", path.join(folder.path, "cache"), "--now", now, "--stats-file", stats, "--quiet", ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(await readFile(stats, "utf8")) as BuildFigures;
  };
  /** The same content built from nothing, into a folder of its own. */
  const fromNothing = async (...extra: string[]): Promise<Map<string, string>> => {
    const output = path.join(folder.path, `cold-${++cold}`);
    const result = await runCli("build", ["--content", content, "--output", output, "--no-cache", "--now", now, "--quiet", ...extra]);
    expect(result.code, result.stderr).toBe(0);
    return hashFolder(output);
  };
  const site = () => hashFolder(path.join(folder.path, "site"));

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    const stories: Record<string, string> = {};
    for (let index = 0; index < 24; index++) {
      const ref = `stories/story-${index}`;
      stories[`${ref}.md`] = storyText(index, pick);
      files.set(ref, index);
    }
    // Two stories with pictures, kept out of the random edits: a lead picture, and one in the story.
    stories["pictures/gate.md"] = validArticle("The gate", "2019-05-01T10:00:00+03:00", { image: "{ src: gate.jpg, alt: The gate }" });
    stories["pictures/plan.md"] = validArticle("The plan", "2020-05-01T10:00:00+03:00", {}, "The plan of the gate:\n\n![A plan of the gate](/pictures/plan.png)\n");
    await writeFiles(content, { ...stories, "pictures/gate.jpg": await picture("#8a1c1c"), "pictures/plan.png": await picture("#1f4e79") });
  });

  it("draws nothing when nothing changed, and gives the site a build from nothing gives", async () => {
    const first = await warm();
    expect(first.pagesDrawn).toBe(first.pages);
    expect(first).toMatchObject({ pictures: 2, picturesProcessed: 2 });
    const again = await warm();
    expect(again).toMatchObject({ pagesDrawn: 0, searchBundlesIndexed: 0, picturesProcessed: 0, published: "in place" });
    expect([...(await site())]).toEqual([...(await fromNothing())]);
  });

  it("after random edits, additions, deletions and renames, equals a build from nothing every time", async () => {
    let next = 100;
    const refs = () => [...files.keys()].sort();
    const any = () => refs()[Math.floor(pick() * files.size)] as string;
    const edits: Record<string, () => Promise<string>> = {
      body: async () => {
        const ref = any();
        const file = path.join(content, `${ref}.md`);
        await writeFile(file, `${await readFile(file, "utf8")}\nA further paragraph, added later.\n`);
        return `edited the body of ${ref}`;
      },
      title: async () => {
        const ref = any();
        const file = path.join(content, `${ref}.md`);
        await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, `title: "Retitled ${next++}"`));
        return `retitled ${ref}`;
      },
      add: async () => {
        const index = next++;
        await writeFiles(content, { [`stories/story-${index}.md`]: storyText(index, pick) });
        files.set(`stories/story-${index}`, index);
        return `added story-${index}`;
      },
      remove: async () => {
        const ref = any();
        await rm(path.join(content, `${ref}.md`));
        files.delete(ref);
        return `deleted ${ref}`;
      },
      rename: async () => {
        const ref = any();
        const renamed = `stories/renamed-${next++}`;
        await rename(path.join(content, `${ref}.md`), path.join(content, `${renamed}.md`));
        files.set(renamed, files.get(ref) as number);
        files.delete(ref);
        return `renamed ${ref} to ${renamed}`;
      },
    };
    const kinds = Object.keys(edits);
    for (let step = 0; step < 5; step++) {
      const done = [];
      for (let count = 1 + Math.floor(pick() * 2); count > 0; count--) done.push(await (edits[kinds[Math.floor(pick() * kinds.length)] as string] as () => Promise<string>)());
      const figures = await warm();
      expect(figures.pagesDrawn, done.join("; ")).toBeLessThan(figures.pages);
      expect([...(await site())], done.join("; ")).toEqual([...(await fromNothing())]);
    }
  });

  it("draws only the article, its neighbours, listings, feeds and sitemaps after an edit to one story", async () => {
    const ref = [...files.keys()].sort()[0] as string;
    const file = path.join(content, `${ref}.md`);
    await writeFile(file, (await readFile(file, "utf8")).replace("Body of story", "The body of story"));
    const figures = await warm();
    expect(figures.pagesDrawn).toBeGreaterThan(0);
    expect(figures.pagesDrawn).toBeLessThan(figures.pages / 3);
    expect(figures.searchBundlesIndexed).toBe(1);
  });

  it("processes a picture again only when its bytes change, and draws again the pages that show it", async () => {
    await writeFile(path.join(content, "pictures/gate.jpg"), await picture("#2e7d5b"));
    const figures = await warm();
    expect(figures).toMatchObject({ pictures: 2, picturesProcessed: 1 });
    expect(figures.pagesDrawn).toBeGreaterThan(0);
    expect(figures.pagesDrawn).toBeLessThan(figures.pages / 3);
    expect([...(await site())]).toEqual([...(await fromNothing())]);
  });

  it("splits pictures among shards, and merged shards give the site one build gives", async () => {
    const shard = async (index: number) => {
      const output = path.join(folder.path, `shard-${index}`);
      const result = await runCli("build", ["--content", content, "--output", output, "--cache-dir", path.join(folder.path, `shard-cache-${index}`), "--now", now, "--shard", `${index}/2`, "--quiet"]);
      expect(result.code, result.stderr).toBe(0);
      return output;
    };
    const shards = [await shard(1), await shard(2)];
    const merged = path.join(folder.path, "merged");
    const result = await runCli("build", ["--merge", ...shards, "--output", merged, "--quiet"]);
    expect(result.code, result.stderr).toBe(0);
    expect([...(await hashFolder(merged))]).toEqual([...(await fromNothing())]);
  });

  it("draws every page again when a setting every page depends on changes", async () => {
    const moved = await warm("--base-url", "https://elsewhere.example.org");
    expect(moved.pagesDrawn).toBe(moved.pages);
    expect([...(await site())]).toEqual([...(await fromNothing("--base-url", "https://elsewhere.example.org"))]);
    const back = await warm();
    expect(back.pagesDrawn).toBe(back.pages);
  });

  it("treats a damaged or missing cache as a miss, never as a page", async () => {
    const cache = path.join(folder.path, "cache");
    const retitle = async (index: number, title: string) => {
      const file = path.join(content, `${[...files.keys()].sort()[index] as string}.md`);
      await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, `title: "${title}"`));
    };

    // The last site's manifest damaged: every page is drawn again.
    await writeFile(path.join(cache, "site/manifest.json"), "{ damaged");
    await retitle(0, "Changed once");
    const figures = await warm();
    expect(figures.pagesDrawn).toBe(figures.pages);
    expect([...(await site())]).toEqual([...(await fromNothing())]);

    // Rendered stories lost: they are rendered again.
    await rm(path.join(cache, "articles/bodies"), { recursive: true, force: true });
    await retitle(1, "Changed twice");
    await warm();
    expect([...(await site())]).toEqual([...(await fromNothing())]);

    // A file of the cache's copy of the site lost, and the output gone: the copy is not trusted.
    await rm(path.join(cache, "site/site/index.html"));
    await rm(path.join(folder.path, "site"), { recursive: true });
    expect((await warm()).published).toBe("replaced");
    expect([...(await site())]).toEqual([...(await fromNothing())]);
  });

  it("replaces an output folder it does not know instead of trusting it", async () => {
    const output = path.join(folder.path, "site");
    await rm(output, { recursive: true });
    await writeFiles(output, { "stray.html": "<p>Not ours.</p>" });
    expect(await warm()).toMatchObject({ pagesDrawn: 0, published: "replaced" });
    expect([...(await site())]).toEqual([...(await fromNothing())]);
  });

  it("leaves the output and the cache as they were when a build fails", async () => {
    const before = await site();
    const ref = [...files.keys()].sort()[2] as string;
    const file = path.join(content, `${ref}.md`);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^date: .*$/m, "date: not a date"));
    const failed = await runCli("build", ["--content", content, "--output", path.join(folder.path, "site"), "--cache-dir", path.join(folder.path, "cache"), "--now", now]);
    expect(failed.code).toBe(1);
    expect([...(await site())]).toEqual([...before]);
    await writeFile(file, text);
    expect((await warm()).pagesDrawn).toBe(0);
  });
});
