import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArchiveIndex } from "../../src/importer/archive-index.ts";
import { readHead } from "../../src/importer/decode-text.ts";
import { detectFormat } from "../../src/importer/detect-format.ts";
import { FileError } from "../../src/importer/file-error.ts";
import { planArticle } from "../../src/importer/plan-article.ts";
import { readStories } from "../../src/importer/read-stories.ts";
import type { Story, StoryFormat, StoryReading } from "../../src/importer/story.ts";

// Each fixture of tests/fixtures/import is read as its format; every story
// becomes its article (or a line saying why not) in tests/fixtures/import/expected/.
// `vitest -u` rewrites those files.
const fixtures = path.resolve(import.meta.dirname, "../fixtures/import");
const fixture = (name: string) => path.join(fixtures, name);
const site = { timeZone: "Asia/Damascus", language: "en" };

async function readAll(name: string, format: StoryFormat, options: { zone?: string; date?: string } = {}): Promise<StoryReading[]> {
  const readings: StoryReading[] = [];
  for await (const reading of readStories(fixture(name), format, { zone: options.zone ?? site.timeZone, date: options.date })) readings.push(reading);
  return readings;
}

async function storiesOf(name: string, format: StoryFormat): Promise<Story[]> {
  return (await readAll(name, format)).flatMap((reading) => (reading.kind === "story" ? [reading.story] : []));
}

/** What importing a fixture into an empty archive writes: every article, and a line for every item left out. */
async function imported(name: string, format: StoryFormat): Promise<string> {
  const archive = ArchiveIndex.of([]);
  const settings = { site, zone: site.timeZone, titleCase: false, update: false, fileOf: (ref: string) => `content/${ref}.md`, taken: (ref: string) => archive.get(ref) !== undefined };
  const parts: string[] = [];
  for (const reading of await readAll(name, format)) {
    if (reading.kind === "skipped") parts.push(`<!-- line ${reading.item.line}: skipped “${reading.item.title}”: ${reading.item.reason} -->\n`);
    else if (reading.kind === "failed") parts.push(`<!-- line ${reading.line}: failed: ${reading.message} -->\n`);
    else {
      const plan = planArticle(reading.story, settings, archive);
      if (plan.action === "write" || plan.action === "update") {
        archive.add(plan.indexed);
        parts.push(`<!-- content/${plan.ref}.md: ${plan.notes.join("; ")} -->\n${plan.text}`);
      } else parts.push(`<!-- line ${reading.story.line}: ${plan.action}: ${plan.action === "skip" ? plan.reason : plan.action === "fail" ? plan.message : ""} -->\n`);
    }
  }
  return parts.join("\n");
}

describe("the Markdown each format's fixture becomes", () => {
  it.each([
    ["wordpress-export.xml", "wxr"],
    ["nitf-new-york.xml", "nitf"],
    ["nitf-latin1.xml", "nitf"],
    ["nitf-canceled.xml", "nitf"],
    ["newsml-message.xml", "newsml"],
    ["ninjs-v1.json", "ninjs"],
    ["ninjs-v2.json", "ninjs"],
  ] as const)("%s", async (name, format) => {
    await expect(await imported(name, format)).toMatchFileSnapshot(path.join(fixtures, "expected", `${name}.md`));
  });
});

describe("detectFormat", () => {
  it.each([
    ["wordpress-export.xml", "wxr"],
    ["nitf-new-york.xml", "nitf"],
    ["nitf-latin1.xml", "nitf"],
    ["newsml-message.xml", "newsml"],
    ["ninjs-v1.json", "ninjs"],
    ["ninjs-v2.json", "ninjs"],
    ["../wire-copy/salvador-cocoa-1987.txt", "wire"],
    ["hostile/billion-laughs.xml", "newsml"],
  ])("tells %s is %s by its content", async (name, format) => {
    expect(detectFormat(await readHead(fixture(name)))).toBe(format);
  });

  it("refuses XML of another kind, an RSS feed that is no WordPress export, and a web page", () => {
    expect(() => detectFormat(Buffer.from('<?xml version="1.0"?>\n<catalog><book/></catalog>'))).toThrow("the file is XML with the root element `<catalog>`");
    expect(() => detectFormat(Buffer.from('<rss version="2.0"><channel><title>Feed</title></channel></rss>'))).toThrow("an RSS feed, not a WordPress export");
    expect(() => detectFormat(Buffer.from("<!DOCTYPE html><html><body>x</body></html>"))).toThrow("a web page (HTML)");
    expect(detectFormat(Buffer.from("[UPDATE] Talks resume\n\nGENEVA (AP) - Talks resumed.\n"))).toBe("wire");
  });
});

describe("WordPress exports", () => {
  it("imports published and scheduled posts, drafts as drafts, and says why the rest are left out", async () => {
    const readings = await readAll("wordpress-export.xml", "wxr");
    const stories = readings.flatMap((reading) => (reading.kind === "story" ? [reading.story] : []));
    expect(stories.map((story) => [story.title, story.draft])).toEqual([
      ["Souk weavers reopen the old silk khan", false],
      ["افتتاح خان الحرير بعد الترميم", false],
      ["Citadel lights up for the harvest festival", false],
      ["Notes for a story on the bakers' strike", true],
    ]);
    const skipped = readings.flatMap((reading) => (reading.kind === "skipped" ? [[reading.item.title, reading.item.reason, reading.item.group]] : []));
    expect(skipped).toEqual([
      ["Staff rota for November", "private on the old site (only its editors could read it)", undefined],
      ["Subscribers' letter", "protected by a password on the old site", undefined],
      ["Old test post", "in the old site's trash", undefined],
      ["About us", "a page, not a story", undefined],
      ["Home", "one of the menu items", "menu items"],
      ["looms", "one of the attachments (files of the media library)", "attachments (files of the media library)"],
    ]);
  });

  it("reads the site's offset, the author's name (never a login), categories and tags, the featured image found later in the file, and the permalink", async () => {
    const [first, second, scheduled, draft] = await storiesOf("wordpress-export.xml", "wxr");
    expect(first).toMatchObject({
      id: "https://levant-weekly.example/?p=101",
      date: "2015-10-13T14:05:00+03:00",
      source: "Levant Weekly",
      dateline: "Damascus",
      byline: ["Maya Khoury"],
      topics: ["Heritage", "Arts & Crafts"],
      summary: "Weavers are back at the old silk khan after three years.",
      image: { url: "https://levant-weekly.example/wp-content/uploads/2015/10/looms.jpg", alt: "Two weavers at a wooden loom", caption: "Weavers at work in the khan on Tuesday" },
      aliases: ["/2015/10/13/souk-weavers-reopen-silk-khan/"],
      slug: "souk-weavers-reopen-silk-khan",
    });
    // A display name that is the login gives way to first and last name; a login alone is no byline.
    expect(second?.byline).toEqual(["Samir Haddad"]);
    expect(second?.aliases).toEqual(["/2015/10/14/%d8%ae%d8%a7%d9%86-%d8%a7%d9%84%d8%ad%d8%b1%d9%8a%d8%b1/"]);
    expect(scheduled).toMatchObject({ byline: [], date: "2015-11-05T19:00:00+02:00" });
    expect(scheduled?.notes).toContain("its author `admin` has no name in the export, only a login; add the byline");
    // `?p=` links give no alias; a draft has no UTC time, so its local time is read in --zone.
    expect(draft).toMatchObject({ aliases: [], date: "2015-10-20T09:00:00" });
  });

  it("writes nothing of an export that breaks near its end", async () => {
    const error = await readAll("hostile/wordpress-broken-at-the-end.xml", "wxr").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    expect(error).toMatchObject({ message: "the XML is malformed: unexpected close tag.", line: 205 });
  });
});

describe("NITF", () => {
  it("reads the head and body.head, keeps the day of the dateline and takes the editors' message nowhere", async () => {
    const [story] = await storiesOf("nitf-new-york.xml", "nitf");
    expect(story).toMatchObject({
      id: "NY-1987-0226-0042",
      title: "Harbour pilots end two-day strike",
      date: "1987-02-26T21:00:00-05:00",
      source: "Associated Press",
      dateline: "New York",
      datelineDay: { month: 2, day: 26 },
      byline: ["Jane Doe"],
      topics: ["Transport", "Labour", "Port of New York", "Strikes"],
      lang: "en-US",
      summary: "Pilots went back to work after the port agreed to talks on pay.",
      image: { alt: "A tugboat guides a freighter past the Statue of Liberty", credit: "AP Photo/John Roe" },
      corrections: [{ date: "1987-02-26T21:00:00-05:00", text: "Corrects number of ships held up to 40 from 14." }],
    });
    expect(JSON.stringify(story)).not.toMatch(/Eds:|home addresses/);
  });

  it("reads ISO-8859-1 as declared, and a later release time as an embargo read in --zone", async () => {
    const [story] = await storiesOf("nitf-latin1.xml", "nitf");
    expect(story).toMatchObject({ title: "Café growers in São Paulo expect a smaller crop", dateline: "São Paulo", byline: ["José Muñoz"], date: "1987-03-03T12:00:00" });
    expect(story?.notes[0]).toMatch(/^embargoed until 1987-03-03T12:00:00/);
  });
});

describe("NewsML-G2", () => {
  it("imports the text items, with the linked picture as the lead picture, and skips pictures, packages, withheld items and items without text", async () => {
    const readings = await readAll("newsml-message.xml", "newsml");
    expect(readings.map((reading) => (reading.kind === "skipped" ? reading.item.reason : reading.kind))).toEqual([
      "story",
      "a picture, not a story",
      "a package of other items, not a story",
      "the agency withheld the item (`pubStatus` `withheld`)",
      "story",
      "the item has no text body (`inlineXML` or `inlineData`)",
    ]);
    const [corrected, embargoed] = readings.flatMap((reading) => (reading.kind === "story" ? [reading.story] : []));
    expect(corrected).toMatchObject({
      title: "Russia and Syria agree to survey the Hejaz line",
      date: "2015-10-13T11:05:00+03:00",
      source: "AFP",
      dateline: "Moscow",
      byline: ["Anna Petrova", "Omar Aziz"],
      topics: ["railway transport", "Hejaz railway"],
      related: [{ headline: "A century of the Hejaz railway", url: "https://news.example.org/2015/10/hejaz-railway-history" }],
      image: { url: "https://photos.afp.example/hejaz-large.jpg", alt: "A stone station building with arched windows and a clock", credit: "AFP/Louai Beshara" },
      corrections: [{ date: "2015-10-13T12:30:00+03:00", text: "Corrects spelling of minister's name in second paragraph" }],
    });
    expect(JSON.stringify(corrected)).not.toContain("Not for publication");
    expect(embargoed).toMatchObject({ date: "2015-10-14T06:00:00+03:00", topics: ["medtop:04000000"] });
  });
});

describe("ninjs", () => {
  it("reads 1.x: associations give the feature picture and related stories", async () => {
    const [story] = await storiesOf("ninjs-v1.json", "ninjs");
    expect(story).toMatchObject({
      date: "2015-10-13T09:00:00Z",
      source: "LWS",
      dateline: "Aleppo",
      byline: ["Rania Saleh"],
      image: { url: "https://photos.example.org/citadel-1600.jpg", alt: "Wooden scaffolding against a tall stone gateway" },
      related: [
        { headline: "Aleppo museum reopens two halls", url: "https://wire.example.org/2015/10/11/aleppo-museum" },
        { headline: "Aleppo souk traders return", url: "https://wire.example.org/2015/10/12/aleppo-souk" },
      ],
    });
  });

  it("reads 2.x lists, and skips pictures and cancelled items", async () => {
    const readings = await readAll("ninjs-v2.json", "ninjs");
    expect(readings.map((reading) => reading.kind)).toEqual(["story", "skipped", "skipped"]);
    expect(readings[0]).toMatchObject({ story: { title: "Ny ferje mellom Oslo og Kiel", byline: ["Kari Nordmann"], lang: "nb", source: "NTB" } });
  });

  it.each([
    ["ninjs-wrong-kind.json", "`subject[1].name` should be text, not `42`.", 7, 15],
    ["ninjs-malformed.json", "the JSON is malformed: comma expected.", 4, 3],
  ])("refuses %s, naming the line and column", async (name, message, line, column) => {
    await expect(readAll(name, "ninjs")).rejects.toMatchObject({ message, line, column });
  });
});

describe("hostile and broken XML", () => {
  it.each([
    ["xxe.xml", "nitf", "the file uses `&secret;`, an entity its DOCTYPE declares: entities from a DOCTYPE are never read", 9, 22],
    ["billion-laughs.xml", "newsml", "the file uses `&lol9;`, an entity its DOCTYPE declares", 15, 26],
    ["malformed.xml", "nitf", "the XML is malformed: unexpected close tag.", 6, 50],
    ["latin1-declared-utf8.xml", "nitf", "the file is not valid UTF-8 here. If it is in another encoding, say so in its first line", 5, 33],
  ] as const)("refuses %s before reading a story, with its line and column", async (name, format, message, line, column) => {
    const started = performance.now();
    const error = await readAll(`hostile/${name}`, format).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).message).toContain(message);
    expect(error).toMatchObject({ line, column });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never loads an external DTD: a NITF file that names one reads without it", async () => {
    const [story] = await storiesOf("nitf-new-york.xml", "nitf");
    expect(story?.title).toBe("Harbour pilots end two-day strike");
  });
});
