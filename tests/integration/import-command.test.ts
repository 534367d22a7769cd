import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseFrontMatter } from "../../src/content/front-matter.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPage, projectRoot, runCli, useTemporaryFolder, validArticle, writeFiles } from "../helpers/project.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/wire-copy");
const wire = (name: string) => path.join(fixtures, name);
/** A path as the command prints it: relative to its working directory, the project. */
const shown = (target: string) => path.relative(projectRoot, target).split(path.sep).join("/");

const moscowRef = "2015/10/moscow-hosts-talks-on-restoring-the-hejaz-railways-northern-line";
const bookbindersRef = "2015/10/damascus-bookbinders-train-a-new-generation-of-apprentices";
const spiceStreet = validArticle("Old souk “spice street” reopens after repairs", "2015-10-12T10:00:00+03:00");

/** Every file below a folder, as paths relative to it. */
async function filesIn(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

describe("npm run import", () => {
  const folder = useTemporaryFolder("backfile-import-");
  let count = 0;
  /** A fresh content folder below the test's temporary folder, with these articles in it. */
  const contentWith = async (files: Record<string, string> = {}) => {
    const content = path.join(folder.path, `content-${++count}`);
    await writeFiles(content, files);
    return content;
  };

  it("writes the article at content/YYYY/MM/<slug>.md, prints its path and reports what it could not infer", async () => {
    const content = await contentWith();
    const result = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--date", "2015-10-13T14:05", "--content", content]);
    expect(result.code).toBe(0);
    const target = path.join(content, `${moscowRef}.md`);
    expect(result.stdout).toBe(`${shown(target)}\n`);
    expect(result.stderr).toBe(`${shown(target)}: no topics (add them); no summary (the first paragraph will be used)\n`);
    const text = await readFile(target, "utf8");
    expect(text).toBe(
      [
        "---",
        "title: Moscow hosts talks on restoring the Hejaz railway’s northern line",
        "date: 2015-10-13T14:05:00+03:00",
        "source: SANA",
        "dateline: Moscow",
        "byline: [Reem, Hazem Sabbagh]",
        "related:",
        "  - title: Old souk “spice street” reopens after repairs…",
        "    url: https://news.example.org/2015/10/spice-street-reopens",
        "---",
        "",
        "Railway engineers from Syria, Jordan and Russia met in Moscow on Tuesday to discuss restoring the northern section of the old Hejaz line, the transport ministry said.",
        "",
        "The delegations agreed to survey 120 kilometres of track and eleven stone stations before the end of the year, and to share the archive drawings of the line’s bridges. “Every viaduct on this stretch was built by hand,” said Nadia Khoury, the Syrian chief engineer. “We want to keep as much of it as we can.”",
        "",
        "A second meeting is planned in Amman in the spring.",
        "",
      ].join("\n"),
    );
  });

  it("prints the article with --stdout and writes nothing", async () => {
    const content = await contentWith();
    const result = await runCli("import", [wire("damascus-arabic.txt"), "--stdout", "--date", "2015-10-13T14:05", "--content", content]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: افتتاح معرض للخط العربي في المركز الثقافي بدمشق\n/);
    expect(result.stdout).toContain("source: سانا\ndateline: دمشق\nbyline: [ريم, هزيم صباغ]\n---\n");
    expect(result.stdout).toContain("معرض “حروف من نور” للخط العربي");
    expect(result.stdout).toContain("‘الخط فن يحتاج إلى صبر طويل’…");
    expect(result.stderr).toContain("no language: it will be published as `en`");
    expect(await filesIn(content)).toEqual([]);
  });

  it("refuses to overwrite an existing article, naming it", async () => {
    const content = await contentWith();
    const args = [wire("moscow-sana-hyphen.txt"), "--date", "2015-10-13T14:05", "--content", content];
    expect((await runCli("import", args)).code).toBe(0);
    const target = path.join(content, `${moscowRef}.md`);
    await writeFiles(content, { [`${moscowRef}.md`]: spiceStreet });
    const again = await runCli("import", args);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toContain(`${shown(target)} already exists; edit that file, or remove it first and import again.`);
    expect(await readFile(target, "utf8")).toBe(spiceStreet);
  });

  it("fails without a date, asking for --date, and writes nothing", async () => {
    const content = await contentWith();
    const result = await runCli("import", [wire("amman-no-byline-no-date.txt"), "--content", content]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${wire("amman-no-byline-no-date.txt")}: no date found: the copy states no full date with its year`);
    expect(result.stderr).toContain("give the date with --date, e.g. `--date 2015-10-13T14:05`");
    expect(await filesIn(content)).toEqual([]);
  });

  it("imports every file it can when one of several fails, and exits 1", async () => {
    const content = await contentWith();
    const result = await runCli("import", [wire("damascus-dated-caps.txt"), wire("amman-no-byline-no-date.txt"), "--content", content]);
    expect(result.code).toBe(1);
    const written = "2015/10/national-library-opens-digitised-map-collection-to-readers.md";
    expect(result.stdout).toBe(`${shown(path.join(content, written))}\n`);
    expect(result.stderr).toContain("date 2015-10-13 taken from the copy, at midnight in Asia/Damascus");
    expect(result.stderr).toContain(`${wire("amman-no-byline-no-date.txt")}: no date found`);
    expect(result.stderr).toContain("1 of 2 files imported; 1 failed.");
    expect(await filesIn(content)).toEqual([written]);
    expect(await readFile(path.join(content, written), "utf8")).toContain("date: 2015-10-13T00:00:00+03:00\nsource: SANA\ndateline: Damascus\nbyline: [H. Said, Lina Haddad]\n");
  });

  it("links a Check Also headline that matches an article of the archive by its path", async () => {
    const content = await contentWith({ "2015/10/spice-street.md": spiceStreet });
    const result = await runCli("import", [wire("damascus-sana-en-dash.txt"), "--date", "2015-10-13T09:00", "--content", content]);
    expect(result.code).toBe(0);
    const text = await readFile(path.join(content, `${bookbindersRef}.md`), "utf8");
    expect(text).toContain("byline: [Manar Salameh]\nrelated:\n  - article: 2015/10/spice-street\n---\n");
  });

  it("keeps a Check Also story it cannot link (not in the archive, no URL) as a headline, and says so", async () => {
    const content = await contentWith();
    const result = await runCli("import", [wire("damascus-sana-en-dash.txt"), "--date", "2015-10-13T09:00", "--content", content]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "the related story “Old souk \"spice street\" reopens after repairs” is not in the archive and the copy gives no URL; its headline is kept without a link",
    );
    const file = path.join(content, `${bookbindersRef}.md`);
    const parsed = parseFrontMatter(await readFile(file, "utf8"));
    expect(parsed.ok && parsed.value.data["related"]).toEqual([{ title: 'Old souk "spice street" reopens after repairs' }]);

    const validated = await runCli("validate", ["--content", content, "--format", "json"]);
    expect(validated.code).toBe(0);
    expect(JSON.parse(validated.stdout)).toMatchObject([{ code: "RelatedUnlinked", severity: "warning", field: "related[0]" }]);

    const site = `${content}-site`;
    const built = await runCli("build", ["--content", content, "--output", site, "--no-cache", "--no-search", "--quiet", "--now", "2030-01-01T00:00:00Z"]);
    expect(built.code).toBe(0);
    const $ = await loadPage(site, `/2015/10/13/${path.basename(bookbindersRef)}/`);
    const related = $(".check-also li");
    expect(related).toHaveLength(1);
    expect(related.text().trim()).toBe('Old souk "spice street" reopens after repairs');
    expect(related.find("a")).toHaveLength(0);
  });

  it("writes nothing when the article it would write fails the article schema, printing the problems", async () => {
    const content = await contentWith();
    const copy = path.join(folder.path, "no-lead.txt");
    await writeFiles(folder.path, { "no-lead.txt": "Harvest fair opens in Latakia\n\nFarmers brought figs and grapes to the fair on Saturday.\n\nSami Nasr\n" });
    const result = await runCli("import", [copy, "--date", "2015-10-13T14:05", "--content", content]);
    expect(result.code).toBe(1);
    const target = shown(path.join(content, "2015/10/harvest-fair-opens-in-latakia.md"));
    expect(result.stderr).toContain(`${target}: no dateline or source found (the first paragraph should open like \`Moscow, SANA- …\``);
    expect(result.stderr).toContain(`${target}:1 error source: Required, but missing.\n  hint: Name the agency or publication: \`source: SANA\`.`);
    expect(result.stderr).toContain(`${copy}: the article made from it does not pass the checks above; correct the wire copy and import it again. Nothing was written.`);
    expect(await filesIn(content)).toEqual([]);
  });

  it("refuses to run without files, with an unknown option, an unreadable file or a wrong date (exit code 2)", async () => {
    const none = await runCli("import", []);
    expect(none.code).toBe(2);
    // The one line that says what is wrong, and where the help is: not the whole usage.
    expect(none.stderr).toBe("Name at least one wire-copy file to import.\nSee `npm run import -- --help`.\n");
    const unknown = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--source", "SANA"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option `--source`.");
    const missing = await runCli("import", [path.join(folder.path, "nowhere.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read the wire copy");
    const wrongDate = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--date", "13/10/2015"]);
    expect(wrongDate.code).toBe(2);
    expect(wrongDate.stderr).toContain("--date expects a date and time such as 2015-10-13T14:05, not `13/10/2015`");
  });
});

describe("an imported article, validated and built", () => {
  const folder = useTemporaryFolder("backfile-import-site-");
  let content: string;
  let site: string;
  let imported: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    site = path.join(folder.path, "site");
    await writeFiles(content, { "2015/10/spice-street.md": spiceStreet });
    imported = await runCli("import", [wire("moscow-sana-hyphen.txt"), wire("beirut-markdown-specials.txt"), "--date", "2015-10-13T14:05", "--content", content]);
  });

  it("passes validate and builds", async () => {
    expect(imported.code).toBe(0);
    expect(await readFile(path.join(content, `${moscowRef}.md`), "utf8")).toContain("related:\n  - article: 2015/10/spice-street\n");
    const validated = await runCli("validate", ["--content", content]);
    expect(validated.stdout).toBe("No problems found in 3 articles.\n");
    expect(validated.code).toBe(0);
    const built = await runCli("build", ["--content", content, "--output", site, "--no-cache", "--now", "2030-01-01T00:00:00Z"]);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
  });

  it("shows headline, dateline lead, byline, source and the related story", async () => {
    const $ = await loadPage(site, `/2015/10/13/${path.basename(moscowRef)}/`);
    expect($("h1").text()).toBe("Moscow hosts talks on restoring the Hejaz railway’s northern line");
    expect($(".story__body .dateline").text()).toBe("MOSCOW, Oct. 13 (SANA) —");
    expect($(".story__body p").first().text()).toBe(
      "MOSCOW, Oct. 13 (SANA) — Railway engineers from Syria, Jordan and Russia met in Moscow on Tuesday to discuss restoring the northern section of the old Hejaz line, the transport ministry said.",
    );
    expect($(".story__byline a").map((_, link) => [[$(link).text(), $(link).attr("href")]]).get()).toEqual([
      ["Reem", "/bylines/reem/"],
      ["Hazem Sabbagh", "/bylines/hazem-sabbagh/"],
    ]);
    expect($(".story__source a").text()).toBe("SANA");
    const related = $(".check-also li");
    expect(related).toHaveLength(1);
    expect(related.find("a").attr("href")).toBe("/2015/10/12/spice-street/");
    expect(related.find("a").text()).toBe("Old souk “spice street” reopens after repairs");
  });

  it("publishes Markdown-looking copy as the plain text it was", async () => {
    const $ = await loadPage(site, "/2015/10/13/beirut-coders-meetup-asks-is-markdown-a-language/");
    expect($("h1").text()).toBe("Beirut coders' meetup asks: is *markdown* a_language_?");
    expect($(".story__body p").map((_, paragraph) => $(paragraph).text()).get()).toEqual([
      "BEIRUT, Oct. 13 (LWS) — Programmers gathered in a Beirut café on Friday to debate whether plain-text formats such as <markdown> count as languages, with #hashtags, [brackets] and *asterisks* flying.",
      "# this line starts with a hash but is not a heading",
      "1. This line starts like a numbered list but is ordinary text.",
      "- So does this one, with a dash.",
      "> And this one looks like a quote; a snake_case_name and a [link](https://example.org) that is only text.",
    ]);
    expect($(".story__body em, .story__body h1, .story__body ol, .story__body ul, .story__body blockquote, .story__body a")).toHaveLength(0);
    expect($(".story__byline a").text()).toBe("Omar Aziz");
  });
});
