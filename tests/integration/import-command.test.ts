import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
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
    expect(text).toMatch(/\norigin: wire:[0-9a-f]{16}\n---\n/);
    expect(text.replace(/origin: wire:[0-9a-f]{16}\n/, "")).toBe(
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
    expect(result.stdout).toMatch(/source: سانا\ndateline: دمشق\nbyline: \[ريم, هزيم صباغ\]\norigin: wire:[0-9a-f]{16}\n---\n/);
    expect(result.stdout).toContain("معرض “حروف من نور” للخط العربي");
    expect(result.stdout).toContain("‘الخط فن يحتاج إلى صبر طويل’…");
    expect(result.stderr).toContain("no language: it will be published as `en`");
    expect(await filesIn(content)).toEqual([]);
  });

  it("never overwrites: a story imported before is skipped, another story at its path gets the next free one", async () => {
    const content = await contentWith();
    const args = [wire("moscow-sana-hyphen.txt"), "--date", "2015-10-13T14:05", "--content", content];
    expect((await runCli("import", args)).code).toBe(0);
    const target = path.join(content, `${moscowRef}.md`);
    const first = await readFile(target, "utf8");
    const again = await runCli("import", args);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
    expect(again.stderr).toBe(`${wire("moscow-sana-hyphen.txt")}: skipped “Moscow hosts talks on restoring the Hejaz railway’s northern line”: imported before as ${moscowRef} (--update writes it again)\n`);

    await writeFiles(content, { [`${moscowRef}.md`]: spiceStreet });
    const beside = await runCli("import", args);
    expect(beside.code).toBe(0);
    expect(beside.stdout).toBe(`${shown(path.join(content, `${moscowRef}-2.md`))}\n`);
    expect(beside.stderr).toContain(`${moscowRef} holds another story; this one is written as ${moscowRef}-2`);
    expect(await readFile(target, "utf8")).toBe(spiceStreet);
    // The same story, now linked to the article that holds the headline of its Check Also block.
    expect(await readFile(path.join(content, `${moscowRef}-2.md`), "utf8")).toBe(first.replace(/related:\n[\s\S]*?\norigin/, `related:\n  - article: ${moscowRef}\norigin`));
  });

  it("writes again with --update, and says so when nothing changed", async () => {
    const content = await contentWith();
    const args = [wire("moscow-sana-hyphen.txt"), "--date", "2015-10-13T14:05", "--content", content];
    expect((await runCli("import", args)).code).toBe(0);
    const target = path.join(content, `${moscowRef}.md`);
    const unchanged = await runCli("import", [...args, "--update", "--report", "json"]);
    expect(JSON.parse(unchanged.stdout)).toMatchObject([{ action: "unchanged", path: shown(target) }]);
    const updated = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--date", "2015-10-13T16:00", "--content", content, "--update"]);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toBe(`${shown(target)}\n`);
    expect(await readFile(target, "utf8")).toContain("date: 2015-10-13T16:00:00+03:00\n");
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
    expect(result.stderr).toContain("date 2015-10-13 taken from the copy, which states no time: the article is dated by its day (give --date to set a time)");
    expect(result.stderr).toContain(`${wire("amman-no-byline-no-date.txt")}: no date found`);
    expect(result.stderr).toContain("1 of 2 stories imported (1 written); 1 failed.");
    expect(await filesIn(content)).toEqual([written]);
    expect(await readFile(path.join(content, written), "utf8")).toContain("date: 2015-10-13\nsource: SANA\ndateline: Damascus\nbyline: [H. Said, Lina Haddad]\n");
  });

  it("links a Check Also headline that matches an article of the archive by its path", async () => {
    const content = await contentWith({ "2015/10/spice-street.md": spiceStreet });
    const result = await runCli("import", [wire("damascus-sana-en-dash.txt"), "--date", "2015-10-13T09:00", "--content", content]);
    expect(result.code).toBe(0);
    const text = await readFile(path.join(content, `${bookbindersRef}.md`), "utf8");
    expect(text).toContain("byline: [Manar Salameh]\nrelated:\n  - article: 2015/10/spice-street\norigin: wire:");
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
    expect(none.stderr).toBe("Name at least one file to import.\nSee `npm run import -- --help`.\n");
    const unknown = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--agency", "SANA"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option `--agency`.");
    const missing = await runCli("import", [path.join(folder.path, "nowhere.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Cannot read \`${path.join(folder.path, "nowhere.txt")}\`: there is no such file.`);
    const wrongDate = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--date", "13/10/2015"]);
    expect(wrongDate.code).toBe(2);
    expect(wrongDate.stderr).toContain("--date expects a date and time such as 2015-10-13T14:05, not `13/10/2015`");
    const wrongFormat = await runCli("import", [wire("moscow-sana-hyphen.txt"), "--format", "rss"]);
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain("--format takes `wire`, `wxr`, `nitf`, `newsml`, `ninjs`, not `rss`.");
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

const formats = path.join(projectRoot, "tests/fixtures/import");
const format = (name: string) => path.join(formats, name);

describe("npm run import, for each format", () => {
  const folder = useTemporaryFolder("backfile-import-formats-");

  it("imports a WordPress export: stories written, drafts as drafts, the rest left out with the reason; a second run writes nothing", async () => {
    const content = path.join(folder.path, "wordpress");
    const first = await runCli("import", [format("wordpress-export.xml"), "--content", content]);
    expect(first.code).toBe(0);
    expect(await filesIn(content)).toEqual(["2015/10/khan-alhryr.md", "2015/10/notes-for-a-story-on-the-bakers-strike.md", "2015/10/souk-weavers-reopen-silk-khan.md", "2015/11/citadel-lights-up.md"]);
    const draft = parseFrontMatter(await readFile(path.join(content, "2015/10/notes-for-a-story-on-the-bakers-strike.md"), "utf8"));
    expect(draft.ok && draft.value.data["draft"]).toBe(true);
    expect(first.stderr).toContain(`${format("wordpress-export.xml")}:145: skipped “Subscribers' letter”: protected by a password on the old site\n`);
    expect(first.stderr).toContain(`${format("wordpress-export.xml")}: also left out: menu items (1), attachments (files of the media library) (1).\n`);
    expect(first.stderr).toContain("4 of 8 stories imported (4 written); 4 skipped.");

    const again = await runCli("import", [format("wordpress-export.xml"), "--content", content, "--report", "json"]);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as { action: string; reason?: string; path?: string; group?: string }[];
    expect(report.filter((entry) => entry.group === undefined).map((entry) => entry.action)).toEqual(["skipped", "skipped", "skipped", "skipped", "skipped", "skipped", "skipped", "skipped"]);
    expect(report[0]).toMatchObject({ file: format("wordpress-export.xml"), line: 25, format: "wxr", id: "https://levant-weekly.example/?p=101", reason: "imported before as 2015/10/souk-weavers-reopen-silk-khan (--update writes it again)" });
  });

  it("refuses hostile and broken files with their line and column, writing nothing of them, and imports the others", async () => {
    const content = path.join(folder.path, "hostile");
    const hostile = (name: string) => format(`hostile/${name}`);
    const result = await runCli("import", [hostile("xxe.xml"), hostile("billion-laughs.xml"), hostile("malformed.xml"), hostile("wordpress-broken-at-the-end.xml"), format("nitf-new-york.xml"), "--content", content]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${hostile("xxe.xml")}:9:22: the file uses \`&secret;\`, an entity its DOCTYPE declares: entities from a DOCTYPE are never read, as they can load other files or grow without bound. Replace it with its text. Nothing was written for this file.\n`);
    expect(result.stderr).toContain(`${hostile("billion-laughs.xml")}:15:26: the file uses \`&lol9;\``);
    expect(result.stderr).toContain(`${hostile("malformed.xml")}:6:50: the XML is malformed: unexpected close tag. Nothing was written for this file.\n`);
    expect(result.stderr).toContain(`${hostile("wordpress-broken-at-the-end.xml")}:205:120: the XML is malformed: unexpected close tag.`);
    expect(await filesIn(content)).toEqual(["1987/02/harbour-pilots-end-two-day-strike.md"]);
    expect(result.stdout + result.stderr).not.toContain("root:");
  });
});

describe("articles imported from every format, validated and built", () => {
  const folder = useTemporaryFolder("backfile-import-round-trip-");
  let content: string;
  let site: string;

  beforeAll(async () => {
    content = path.join(folder.path, "content");
    site = path.join(folder.path, "site");
    const files = [...["wordpress-export.xml", "nitf-new-york.xml", "newsml-message.xml", "ninjs-v1.json", "ninjs-v2.json"].map(format), wire("salvador-cocoa-1987.txt")];
    // --date and --zone date the wire copy, which states no year: 18:00 in New York.
    const imported = await runCli("import", [...files, "--date", "1987-02-26T18:00", "--zone", "America/New_York", "--title-case", "--content", content]);
    expect(imported.code).toBe(0);
  });

  it("passes validate and builds", async () => {
    const validated = await runCli("validate", ["--content", content, "--format", "json"]);
    expect(validated.code).toBe(0);
    expect((JSON.parse(validated.stdout) as { severity: string }[]).filter((problem) => problem.severity === "error")).toEqual([]);
    const built = await runCli("build", ["--content", content, "--output", site, "--no-cache", "--no-search", "--quiet", "--now", "2015-10-31T00:00:00Z"]);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
  });

  it("holds a post scheduled on the old site back until its time, and leaves its draft out", () => {
    expect(existsSync(path.join(site, "2015/11/05/citadel-lights-up/index.html"))).toBe(false);
    expect(existsSync(path.join(site, "2015/10/20/notes-for-a-story-on-the-bakers-strike/index.html"))).toBe(false);
    expect(existsSync(path.join(site, "2015/10/13/souk-weavers-reopen-silk-khan/index.html"))).toBe(true);
  });

  it("keeps the day the dateline states, though the site's zone is already on the next day", async () => {
    const nitf = await loadPage(site, "/1987/02/27/harbour-pilots-end-two-day-strike/");
    expect(nitf(".story__body .dateline").text()).toBe("NEW YORK, Feb. 26 (Associated Press) —");
    const wired = await loadPage(site, "/1987/02/27/bahia-cocoa-review/");
    expect(wired("h1").text()).toBe("Bahia Cocoa Review");
    expect(wired(".story__body .dateline").text()).toBe("SALVADOR, Feb. 26 (Reuter) —");
  });

  it("shows the lead picture with its caption and credit, the corrections, related stories and the converted body", async () => {
    const $ = await loadPage(site, "/1987/02/27/harbour-pilots-end-two-day-strike/");
    expect($(".story .figure--lead img").attr("alt")).toBe("A tugboat guides a freighter past the Statue of Liberty");
    expect($(".story .figure--lead figcaption").text()).toBe("A freighter leaves New York harbour on Thursday. AP Photo/John Roe");
    expect($(".corrections li").text()).toContain("Corrects number of ships held up to 40 from 14.");
    expect($(".story__body table td").first().text()).toBe("Brooklyn");
    expect($(".story__body").text()).not.toMatch(/Eds:|&amp;/);
    const arabic = await loadPage(site, "/2015/10/14/khan-alhryr/");
    expect(arabic(".check-also a").first().attr("href")).toBe("/2015/10/13/souk-weavers-reopen-silk-khan/");
  });

  it("keeps a WordPress post's old address, which leads to its article", async () => {
    // The build writes the page where hosts look for the old path, which WordPress wrote with percent-escapes: decoded.
    const $ = load(await readFile(path.join(site, "2015/10/14/خان-الحرير/index.html"), "utf8"));
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/2015/10/14/khan-alhryr/");
  });
});
