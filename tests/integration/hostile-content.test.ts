import { readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import fc from "fast-check";
import { type ConfigData, HtmlValidate, StaticConfigLoader } from "html-validate";
import { SaxesParser } from "saxes";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot, runCli, useTemporaryFolder, writeFiles } from "../helpers/project.ts";

/** Text pasted from anywhere: any Unicode, markup, template syntax, control and invisible characters. */
const pasted = fc.oneof(
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.constantFrom("<b>bold</b> & \"quotes\"", "{{ site.name }} {% raw %}", "]]> <![CDATA[", "\u000B\u0001\u007F", "\u202Eevil\u200B", "A<\"&'>B", "سوريا", "Москва"),
);

/** Articles with hostile text in every text field (picture, related links and corrections too) and in the body, written as valid YAML. */
function hostileArticles(): Record<string, string> {
  const samples = fc.sample(fc.record({ title: pasted, summary: pasted, source: pasted, dateline: pasted, byline: pasted, topic: pasted, note: pasted, body: pasted }), { numRuns: 6, seed: 1012 });
  return Object.fromEntries(
    samples.map((sample, index) => {
      const quoted = (value: string) => JSON.stringify(`Word ${value}`);
      const front = [
        `title: ${quoted(sample.title)}`,
        `date: 2015-10-${String(10 + index).padStart(2, "0")}T14:05:00+03:00`,
        `source: ${quoted(sample.source)}`,
        `dateline: ${quoted(sample.dateline)}`,
        `byline: [${quoted(sample.byline.replaceAll("/", " "))}]`,
        `topics: [${quoted(sample.topic)}]`,
        `summary: ${quoted(sample.summary)}`,
        `image: { url: "https://example.org/a.jpg", alt: ${quoted(sample.note)}, caption: ${quoted(sample.title)}, credit: ${quoted(sample.byline)} }`,
        `related: [{ title: ${quoted(sample.note)} }, { title: ${quoted(sample.summary)}, url: "https://example.org/?a=1&b=<2>" }]`,
        `corrections: [{ date: "2015-10-${String(11 + index).padStart(2, "0")}T09:00:00+03:00", text: ${quoted(sample.note)} }]`,
      ];
      return [`2015/10/story-${index}.md`, `---\n${front.join("\n")}\n---\n\nLead ${sample.body}\n\n> quoted ${sample.title}\n`];
    }),
  );
}

function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

describe("hostile content in a real build", () => {
  const folder = useTemporaryFolder();
  let site: string;
  /** Every XML, JSON and HTML file the build wrote, by path. */
  const written = new Map<string, string>();
  const text = (file: string) => written.get(file) ?? "";

  beforeAll(async () => {
    const content = path.join(folder.path, "content");
    site = path.join(folder.path, "site");
    await writeFiles(content, hostileArticles());
    const result = await runCli("build", ["--content", content, "--output", site, "--no-cache", "--no-search", "--now", "2015-10-20T00:00:00Z", "--quiet"]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    for (const file of await readdir(site, { recursive: true })) if (/\.(xml|json|html)$/.test(file)) written.set(file, await readFile(path.join(site, file), "utf8"));
  });

  it("writes well-formed feeds, sitemaps, JSON and structured data", () => {
    const files = [...written.keys()];
    const xml = files.filter((file) => file.endsWith(".xml"));
    const json = files.filter((file) => file.endsWith(".json"));
    expect(xml.length).toBeGreaterThan(5);
    for (const file of xml) expect(() => parseXml(text(file)), file).not.toThrow();
    for (const file of json) JSON.parse(text(file));
    for (const file of files.filter((name) => /^2015\/10\/\d{2}\/[^/]+\/index\.html$/.test(name))) {
      const page = load(text(file));
      for (const script of page('script[type="application/ld+json"]').toArray()) JSON.parse(page(script).text());
    }
  });

  it("writes valid HTML article pages", async () => {
    const config = JSON.parse(await readFile(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const pages = (await readdir(site, { recursive: true })).filter((file) => /^2015\/10\/\d{2}\/[^/]+\/index\.html$/.test(file));
    expect(pages).toHaveLength(6);
    const errors: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(path.join(site, file));
      for (const result of report.results) for (const message of result.messages) errors.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

});

describe("broken content in a real build", () => {
  const folder = useTemporaryFolder();

  it("lists every broken file with its line, in words, and builds nothing", async () => {
    const content = path.join(folder.path, "content");
    await writeFiles(content, {
      "2015/10/fine.md": "---\ntitle: Fine\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\n---\n\nFine.\n",
      "2015/10/deep.md": `---\ntitle: Deep\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\n---\n\n${"> ".repeat(5000)}x\n`,
      "2015/10/bomb.md": "---\ntitle: Bomb\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\na: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b]\n---\n\nBody.\n",
      "2015/10/nested.md": `---\ntitle: Nested\ndate: 2015-10-13T14:05:00+03:00\nsource: SANA\ntopics: ${"[".repeat(5000)}${"]".repeat(5000)}\n---\n\nBody.\n`,
    });
    await writeFile(path.join(folder.path, "secret.md"), "---\ntitle: Secret\n---\n");
    await symlink(path.join(folder.path, "secret.md"), path.join(content, "2015/10/secret.md"));
    const output = path.join(folder.path, "site");
    const result = await runCli("build", ["--content", content, "--output", output, "--no-cache", "--quiet"]);
    expect(result.code).toBe(1);
    const report = result.stdout + result.stderr;
    expect(report).toMatch(/deep\.md:7 error The story nests quotes, lists or emphasis more than 40 levels deep here/);
    expect(report).toMatch(/bomb\.md:5 error `&a` is a YAML reference/);
    expect(report).toMatch(/nested\.md:5 error The front matter nests lists or groups of fields more than 10 levels deep/);
    expect(report).toMatch(/secret\.md:1 error This is a symbolic link to a place outside the content folder; it was not read\./);
    expect(report).not.toMatch(/^\s+at /m);
    expect(report).not.toContain("Secret");
    await expect(readdir(output)).rejects.toThrow();
  });
});
