import { readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadArticle } from "../../src/content/load-article.ts";
import { contentRef } from "../../src/archive/content-ref.ts";
import { ArchiveIndex } from "../../src/importer/archive-index.ts";
import { articleText, storyMarkdown } from "../../src/importer/article-text.ts";
import { namesFromByline, readByline } from "../../src/importer/byline.ts";
import { splitCheckAlso } from "../../src/importer/check-also.ts";
import { findDatelineLead } from "../../src/importer/dateline-lead.ts";
import { titleCaseHeadline, titleCaseName } from "../../src/importer/letter-case.ts";
import { parseWireCopy, type WireCopy } from "../../src/importer/parse-wire-copy.ts";
import { headlineKey, resolveRelated } from "../../src/importer/related-story.ts";
import { takeSignOff } from "../../src/importer/sign-off.ts";
import { findStatedDates } from "../../src/importer/stated-date.ts";
import { blocksToTree, toBlocks } from "../../src/importer/wire-blocks.ts";
import { wireStory } from "../../src/importer/wire-story.ts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/wire-copy");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
const context = { timeZone: "Asia/Damascus", language: "en" };
/** The paragraphs of parsed copy, tables as their lines. */
const paragraphs = (copy: WireCopy) => copy.blocks.map((block) => (block.kind === "paragraph" ? block.text : block.lines.join("\n")));

describe("parseWireCopy", () => {
  it("reads a SANA-style story: lead, slash byline and a Check Also block with a URL", () => {
    const copy = parseWireCopy(fixture("moscow-sana-hyphen.txt"));
    expect(copy).toMatchObject({
      headline: "Moscow hosts talks on restoring the Hejaz railway’s northern line",
      dateline: "Moscow",
      source: "SANA",
      bylines: ["Reem", "Hazem Sabbagh"],
      checkAlso: [{ headline: "Old souk “spice street” reopens after repairs…", url: "https://news.example.org/2015/10/spice-street-reopens" }],
      datesStated: [],
      missing: [],
    });
    expect(copy.statedDate).toBeUndefined();
    expect(paragraphs(copy)).toHaveLength(3);
    expect(paragraphs(copy)[0]).toMatch(/^Railway engineers from Syria/);
    // A paragraph's lines are joined with a space.
    expect(paragraphs(copy)[1]).toContain("the line’s bridges. “Every viaduct");
    expect(paragraphs(copy).join("\n")).not.toMatch(/Reem|Check Also|spice street/);
  });

  it("reads an en dash lead with no space after it, and a shouted Check Also heading without a URL", () => {
    const copy = parseWireCopy(fixture("damascus-sana-en-dash.txt"));
    expect(copy).toMatchObject({ dateline: "Damascus", source: "SANA", bylines: ["Manar Salameh"], missing: [] });
    expect(copy.checkAlso).toEqual([{ headline: 'Old souk "spice street" reopens after repairs' }]);
    expect(paragraphs(copy)[0]).toMatch(/^Twelve apprentices began/);
  });

  it("title-cases a shouted dateline and takes the stated date that matches the dateline's day", () => {
    const copy = parseWireCopy(fixture("damascus-dated-caps.txt"));
    expect(copy).toMatchObject({ dateline: "Damascus", source: "SANA", bylines: ["H. Said", "Lina Haddad"], statedDate: "2015-10-13" });
    expect(copy.datesStated).toEqual(["2015-10-13", "1998-03-02"]);
    expect(paragraphs(copy)[0]).toMatch(/^The National Library said/);
  });

  it("reads Arabic copy: Arabic comma in the lead, Arabic names in the byline", () => {
    const copy = parseWireCopy(fixture("damascus-arabic.txt"));
    expect(copy).toMatchObject({
      headline: "افتتاح معرض للخط العربي في المركز الثقافي بدمشق",
      dateline: "دمشق",
      source: "سانا",
      bylines: ["ريم", "هزيم صباغ"],
      missing: [],
    });
    expect(paragraphs(copy)[0]).toMatch(/^افتتح اليوم/);
  });

  it("reads a lead with the agency in brackets and no comma", () => {
    const copy = parseWireCopy(fixture("beirut-markdown-specials.txt"));
    expect(copy).toMatchObject({ dateline: "Beirut", source: "LWS", bylines: ["Omar Aziz"] });
    expect(paragraphs(copy)).toHaveLength(5);
    expect(paragraphs(copy)[1]).toBe("# this line starts with a hash but is not a heading");
  });

  it("says what it could not find, and invents no byline or date", () => {
    const copy = parseWireCopy(fixture("amman-no-byline-no-date.txt"));
    expect(copy.bylines).toEqual([]);
    expect(copy.statedDate).toBeUndefined();
    expect(copy.missing).toEqual(["no byline found"]);
    expect(paragraphs(copy).at(-1)).toMatch(/in a statement on Wednesday\.$/);
  });

  it("reports copy without a lead, and an empty file", () => {
    const copy = parseWireCopy("A headline\n\nTalks resumed on Monday.\n");
    expect(copy.dateline).toBeUndefined();
    expect(copy.source).toBeUndefined();
    expect(copy.missing).toEqual([expect.stringMatching(/^no dateline or source found/), "no byline found"]);
    expect(parseWireCopy("\n \n").missing[0]).toMatch(/^no headline found/);
  });

  it("accepts Windows line endings and a byte order mark", () => {
    const copy = parseWireCopy("\uFEFFHeadline\r\n\r\nHoms, SANA- First line\r\nsame paragraph.\r\n\r\nReem\r\n");
    expect(copy).toMatchObject({ headline: "Headline", dateline: "Homs", bylines: ["Reem"], blocks: [{ kind: "paragraph", text: "First line same paragraph." }] });
  });
});

describe("parseWireCopy on agency copy as it was sent in 1987", () => {
  it("reads a lead without agency, indented paragraphs and the agency's sign-off, and takes no date from the story", () => {
    const copy = parseWireCopy(fixture("salvador-cocoa-1987.txt"));
    expect(copy).toMatchObject({ headline: "BAHIA COCOA REVIEW", dateline: "Salvador", source: "Reuter", datelineDay: { month: 2, day: 26 }, bylines: [] });
    expect(copy.statedDate).toBeUndefined();
    expect(copy.datesStated).toEqual(["1989-03-02"]);
    expect(paragraphs(copy)).toEqual([
      expect.stringMatching(/^Showers continued throughout the week in the Bahia cocoa zone, easing .* weekly review\.$/),
      "Arrivals at the port reached 3,200 bags of 60 kilos in the week, against 2,900 bags a week earlier.",
      "The growers' association said the current purchase quota runs until March 2, 1989, and would not be raised.",
    ]);
  });

  it("stops and asks for --date rather than take a date from inside the story", () => {
    expect(wireStory(fixture("salvador-cocoa-1987.txt"), { zone: "Asia/Damascus", agencies: [] })).toMatchObject({
      kind: "failed",
      message: expect.stringMatching(/^the copy states 1989-03-02, but not in its lead as the day it was filed \(a date inside the story is not the publication date\); give the date with --date/),
    });
  });

  it("reads a region after the city, and takes transmission markers and credits off the story, never as a byline", () => {
    const copy = parseWireCopy(fixture("midland-oil-1987.txt"));
    expect(copy).toMatchObject({ dateline: "Midland, Texas", source: "Reuter", bylines: [], removed: ["Reporting by Dan Whitaker; Editing by Carol Benn"] });
    expect(paragraphs(copy)).toHaveLength(2);
    expect(paragraphs(copy).join(" ")).not.toMatch(/MORE|REUTER|Reporting/);
  });

  it("keeps a table set in columns as written", () => {
    const copy = parseWireCopy(fixture("reserve-prices-1.txt"));
    expect(copy.blocks.map((block) => block.kind)).toEqual(["paragraph", "table"]);
    expect(copy.blocks[1]).toEqual({
      kind: "table",
      lines: ["          Natl     Loan    Release    Call", "          Avge     Rate    Level      Price", "Wheat     2.55     2.40     4.65      5.25", "Corn      1.35     1.92     3.15      3.25"],
    });
  });

  it("finds no lead in table rows that look like datelines", () => {
    const copy = parseWireCopy(fixture("metals-table-only.txt"));
    expect(copy.dateline).toBeUndefined();
    expect(copy.blocks.map((block) => block.kind)).toEqual(["table"]);
    expect(copy.missing[0]).toMatch(/^no dateline or source found/);
  });

  it("reads a place in lower case and takes the date a lead states in full", () => {
    const copy = parseWireCopy(fixture("new-york-lower-case.txt"));
    expect(copy).toMatchObject({ dateline: "New York", source: "Reuter", statedDate: "1987-02-26" });
  });

  it("takes the CORRECTED label off the headline and the correction note off the story", () => {
    const copy = parseWireCopy(fixture("corrected-item.txt"));
    expect(copy).toMatchObject({ headline: "Central bank keeps discount rate at 6 pct", corrected: true, corrections: ["Corrects name of deputy governor in third paragraph"], dateline: "Frankfurt" });
    expect(paragraphs(copy)[0]).toMatch(/^The central bank left/);
  });

  it("links every story of a Check Also block, with the address that follows a headline", () => {
    expect(parseWireCopy(fixture("homs-several-check-also.txt")).checkAlso).toEqual([
      { headline: "Old souk “spice street” reopens after repairs…" },
      { headline: "Aleppo carpet weavers return to the citadel market", url: "https://news.example.org/2015/10/aleppo-carpet-weavers" },
      { headline: "Latakia port handles record grain cargo" },
    ]);
  });

  it("reads a By line under the headline", () => {
    const copy = parseWireCopy("Talks resume\nBy JANE DOE, Associated Press Writer\n\nGENEVA (AP) - Talks resumed on Monday.\n");
    expect(copy).toMatchObject({ bylines: ["Jane Doe"], dateline: "Geneva", source: "AP" });
  });
});

describe("toBlocks", () => {
  it("joins hard-wrapped lines, opens a paragraph at a blank line or an indented line, and leaves no indentation", () => {
    expect(toBlocks(["    First line", "goes on.", "    Second", "", "Third", "  as well"])).toEqual([
      { kind: "paragraph", text: "First line goes on." },
      { kind: "paragraph", text: "Second" },
      { kind: "paragraph", text: "Third" },
      { kind: "paragraph", text: "as well" },
    ]);
    expect(toBlocks(["  All of it", "  indented alike."])).toEqual([{ kind: "paragraph", text: "All of it indented alike." }]);
  });

  it("keeps a lone line with wide gaps as a paragraph, not a table", () => {
    expect(toBlocks(["Shr  15 cts  vs 22 cts"])).toEqual([{ kind: "paragraph", text: "Shr  15 cts  vs 22 cts" }]);
  });
});

describe("takeSignOff", () => {
  it.each([["Reuter"], ["REUTER"], [" Reuter"], ["AFP"], ["(MORE)"], ["MORE"], ["-30-"], ["###"]])("takes %s off the end", (line) => {
    expect(takeSignOff(["Story.", line]).lines).toEqual(["Story."]);
  });

  it("takes a credit wrapped over two lines, and an agency given with --source", () => {
    const signOff = takeSignOff(["Story.", "", "(Reporting by Jane Doe; Editing", "by John Smith)", "LWS"], ["LWS"]);
    expect(signOff).toEqual({ lines: ["Story.", ""], agency: "LWS", credits: ["Reporting by Jane Doe; Editing by John Smith"] });
  });

  it("leaves a byline and story text alone", () => {
    expect(takeSignOff(["Story.", "Reem/Hazem Sabbagh"]).lines).toHaveLength(2);
  });
});

describe("namesFromByline", () => {
  it.each([
    ["By JANE DOE, Associated Press Writer", ["Jane Doe"]],
    ["Von Hans Müller und Anna Schmidt, dpa", ["Hans Müller", "Anna Schmidt"]],
    ["By Jane Doe and John Smith in Moscow", ["Jane Doe", "John Smith"]],
    ["Jane Doe (AFP)", ["Jane Doe"]],
    ["Jane Doe/AFP", ["Jane Doe"]],
    ["By Reuter", []],
    ["jane.doe@example.org", []],
    ["Bashar al-Jaafari, Staff Correspondent", ["Bashar al-Jaafari"]],
  ])("reads %s", (text, names) => expect(namesFromByline(text).names).toEqual(names));

  it("says what it dropped that is not a title or an agency", () => {
    expect(namesFromByline("By Jane Doe; compiled from wires").dropped).toEqual(["compiled from wires"]);
  });
});

describe("titleCaseHeadline", () => {
  it.each([
    ["BAHIA COCOA REVIEW", "Bahia Cocoa Review"],
    ["U.S. REFINERY RUNS RISE IN WEEK TO FEB 27", "U.S. Refinery Runs Rise in Week to Feb 27"],
    ["OPEC OUTPUT FALLS, GM CUTS PRICES", "OPEC Output Falls, GM Cuts Prices"],
    ["Bank keeps rate at 6 pct", "Bank keeps rate at 6 pct"],
  ])("writes %s as %s", (headline, expected) => expect(titleCaseHeadline(headline)).toBe(expected));
});

describe("findDatelineLead", () => {
  it.each([
    ["Moscow, SANA- Text", "Moscow", "SANA"],
    ["Moscow, SANA – Text", "Moscow", "SANA"],
    ["Damascus, SANA –Text", "Damascus", "SANA"],
    ["Moscow, SANA—Text", "Moscow", "SANA"],
    ["DAMASCUS, Oct 13 (SANA) – Text", "Damascus", "SANA"],
    ["DAMASCUS, Oct. 13 (SANA) — Text", "Damascus", "SANA"],
    ["DEIR EZ-ZOR, Oct. 13 (SANA) — Text", "Deir Ez-Zor", "SANA"],
    ["Deir ez-Zor, SANA - Text", "Deir ez-Zor", "SANA"],
    ["Beirut (LWS) - Text", "Beirut", "LWS"],
    ["دمشق، سانا- Text", "دمشق", "سانا"],
    ["دمشق-سانا Text", "دمشق", "سانا"],
    ["دير الزور - سانا - Text", "دير الزور", "سانا"],
    ["حلب-سانا: Text", "حلب", "سانا"],
  ])("reads %s", (paragraph, place, source) => {
    expect(findDatelineLead(paragraph)).toMatchObject({ place, source, rest: "Text" });
  });

  it.each([
    ["SALVADOR, Feb 26 - Showers continued.", "Salvador", "Feb 26"],
    ["MIDLAND, Texas, March 3 - Rigs rose.", "Midland, Texas", "March 3"],
    ["WASHINGTON, D.C., March 3 - Talks ended.", "Washington, D.C.", "March 3"],
    ["new york, feb 26, 1987 - Pilots returned.", "New York", "feb 26, 1987"],
    ["TOKYO, March 3 (Reuter) - Shares fell.", "Tokyo", "March 3"],
  ])("reads %s without an agency, or with a region", (paragraph, place, when) => {
    expect(findDatelineLead(paragraph)).toMatchObject({ place, when });
  });

  it("keeps the day written between place and agency", () => {
    expect(findDatelineLead("DAMASCUS, Oct. 13 (SANA) — Text")?.when).toBe("Oct. 13");
  });

  it.each([
    "Moscow, US-led strikes continued.",
    "Talks resumed in Geneva - officials said.",
    "Damascus is calm (officials say) - today",
    "The minister, who spoke (briefly) - left.",
    "Damascus-SANA Text",
    "Moscow, March - a month of talks",
    "LONDON, Feb 26 -     872.50    0.00",
    "Wheat, Feb 26 - 2.55 2.40",
    "قال الوزير في مؤتمر صحفي إن المحادثات - التي استمرت يومين - كانت مثمرة",
  ])(
    "finds no lead in %s",
    (paragraph) => expect(findDatelineLead(paragraph)).toBeUndefined(),
  );

  it("title-cases only places written all in capitals or all in lower case", () => {
    expect(titleCaseName("AL-HASAKAH")).toBe("Al-Hasakah");
    expect(titleCaseName("deir ez-zor")).toBe("Deir ez-Zor");
    expect(titleCaseName("WASHINGTON, D.C.")).toBe("Washington, D.C.");
    expect(titleCaseName("New York")).toBe("New York");
    expect(titleCaseName("اللاذقية")).toBe("اللاذقية");
  });
});

describe("readByline", () => {
  it.each([
    ["Reem/Hazem Sabbagh", ["Reem", "Hazem Sabbagh"]],
    ["H. Said", ["H. Said"]],
    ["Bashar al-Jaafari / Mary O'Neil-Smith", ["Bashar al-Jaafari", "Mary O'Neil-Smith"]],
    ["ريم/هزيم صباغ", ["ريم", "هزيم صباغ"]],
  ])("reads %s", (line, names) => expect(readByline(line)).toEqual(names));

  it.each(["He left.", "Talks will resume next week", "Damascus, Syria", "One Two Three Four Five Six Seven", "Reem/", "2015", "Reem!"])(
    "refuses %s",
    (line) => expect(readByline(line)).toBeUndefined(),
  );
});

describe("findStatedDates", () => {
  it.each([
    ["on October 13, 2015 officials said", "2015-10-13"],
    ["on Oct. 13 2015", "2015-10-13"],
    ["on 13 October 2015", "2015-10-13"],
    ["on the 13th of Oct 2015", "2015-10-13"],
    ["filed 2015-10-13 at noon", "2015-10-13"],
    ["في ١٣ تشرين الأول ٢٠١٥", "2015-10-13"],
    ["في 13 أكتوبر عام 2015", "2015-10-13"],
  ])("reads %s", (text, iso) => expect(findStatedDates(text).filed).toBe(iso));

  it("needs a year, and a real day", () => {
    expect(findStatedDates("on Oct 13 officials said")).toEqual({ all: [] });
    expect(findStatedDates("on February 30, 2015")).toEqual({ all: [] });
  });

  it("takes no date when several are stated and the dateline does not say which", () => {
    const text = "signed on March 2, 2014 and renewed on October 13, 2015";
    expect(findStatedDates(text)).toEqual({ all: ["2014-03-02", "2015-10-13"] });
    expect(findStatedDates(text, { month: 10, day: 13 }).filed).toBe("2015-10-13");
    expect(findStatedDates("signed on March 2, 2014", { month: 10, day: 13 }).filed).toBeUndefined();
  });
});

describe("splitCheckAlso", () => {
  it("takes the first line as the headline and an address on any line as its URL, without a sentence's full stop", () => {
    const split = splitCheckAlso(["Story.", "", "check also:", "", "https://example.org/related.", "Related headline", "Homs, SANA- Start …"]);
    expect(split).toEqual({ story: ["Story.", ""], found: true, checkAlso: [{ headline: "Related headline", url: "https://example.org/related" }] });
  });

  it("tells a block without a headline from no block", () => {
    expect(splitCheckAlso(["Story.", "Check Also", ""])).toEqual({ story: ["Story."], found: true, checkAlso: [] });
    expect(splitCheckAlso(["Story.", "We check also the rest."])).toEqual({ story: ["Story.", "We check also the rest."], found: false, checkAlso: [] });
  });
});

describe("resolveRelated", () => {
  const archive = ArchiveIndex.of([
    { ref: "2015/10/spice-street", title: "Old souk “spice street” reopens after repairs", aliases: ["/2015/10/12/spice-street-reopens/"] },
    { ref: "2015/09/twin-a", title: "Twin headline", aliases: [] },
    { ref: "2015/09/twin-b", title: "Twin headline", aliases: [] },
  ]);

  it("matches a headline ignoring case, quotes, punctuation and a trailing ellipsis", () => {
    expect(headlineKey('OLD SOUK "SPICE STREET" REOPENS AFTER REPAIRS...')).toBe(headlineKey("Old souk “spice street” reopens after repairs"));
    expect(resolveRelated([{ headline: 'Old souk "spice street" reopens after repairs…', url: "https://example.org/x" }], archive)).toEqual({
      entries: [{ article: "2015/10/spice-street" }],
      notes: [],
    });
  });

  it("links an article by the old address it keeps, on the old site or as a site path", () => {
    const old = [{ headline: "Spice street", url: "https://old.example.org/2015/10/12/spice-street-reopens/" }, { headline: "Again", url: "/2015/10/12/spice-street-reopens/" }];
    expect(resolveRelated(old, archive, ["https://old.example.org"]).entries).toEqual([{ article: "2015/10/spice-street" }]);
    expect(resolveRelated(old.slice(0, 1), archive).entries).toEqual([{ title: "Spice street", url: "https://old.example.org/2015/10/12/spice-street-reopens/" }]);
  });

  it("links the URL when no article matches, and keeps the headline alone (with a note) without one", () => {
    expect(resolveRelated([{ headline: "Elsewhere", url: "https://example.org/x" }], archive)).toEqual({ entries: [{ title: "Elsewhere", url: "https://example.org/x" }], notes: [] });
    const unlinked = resolveRelated([{ headline: "Elsewhere" }], archive);
    expect(unlinked.entries).toEqual([{ title: "Elsewhere" }]);
    expect(unlinked.notes).toEqual([expect.stringMatching(/“Elsewhere” is not in the archive and the copy gives no URL; its headline is kept without a link/)]);
  });

  it("links no article when the headline matches several", () => {
    const result = resolveRelated([{ headline: "Twin headline" }], archive);
    expect(result.entries).toEqual([{ title: "Twin headline" }]);
    expect(result.notes[0]).toContain("matches 2 articles (2015/09/twin-a, 2015/09/twin-b); its headline is kept without a link (replace it with `article:` and the right one)");
  });

  it("links every story of the block, each once", () => {
    const stories = [{ headline: "Twin headline" }, { headline: "Old souk spice street reopens after repairs" }, { headline: "OLD SOUK SPICE STREET REOPENS AFTER REPAIRS" }];
    expect(resolveRelated(stories, archive).entries).toEqual([{ title: "Twin headline" }, { article: "2015/10/spice-street" }]);
  });
});

describe("the article text", () => {
  const written = [
    "Quotes “double” and ‘single’, dashes – and —, an ellipsis … and Arabic: دمشق، سانا — “حروف من نور”.",
    "*stars* and _underscores_ and [brackets] and <b>tags</b> & `ticks`",
    "# a hash",
    "1. a number",
    "- a dash",
    "> a quote",
  ];
  const headline = "Lavrov: “strikes” were ‘selective’ – or not — …";
  const related = [{ article: "2015/10/spice-street" }, { title: "Outside: a link", url: "https://example.org/a?b=1" }];
  const body = blocksToTree(written.map((text) => ({ kind: "paragraph" as const, text })));
  const text = articleText(
    { title: headline, date: "2015-10-13T14:05:00+03:00", source: "SANA", dateline: "Moscow", byline: ["Reem", "Hazem Sabbagh"], topics: [], related, origin: "wire:0123456789abcdef" },
    body,
  );

  it("writes front matter in the editors' order, with topics and summary left out", () => {
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
    const data = parseYaml(yaml) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["title", "date", "source", "dateline", "byline", "related", "origin"]);
    expect(data).toEqual({
      title: headline,
      date: "2015-10-13T14:05:00+03:00",
      source: "SANA",
      dateline: "Moscow",
      byline: ["Reem", "Hazem Sabbagh"],
      related,
      origin: "wire:0123456789abcdef",
    });
    expect(yaml).toContain("byline: [Reem, Hazem Sabbagh]");
  });

  it("passes the article schema", () => {
    const { article, problems } = loadArticle(text, { file: "content/2015/10/x.md", ref: "2015/10/x" }, context);
    expect(problems).toEqual([]);
    expect(article?.fields).toMatchObject({ title: headline, byline: ["Reem", "Hazem Sabbagh"], topics: [], origin: "wire:0123456789abcdef" });
  });

  it("keeps curly quotes, dashes, the ellipsis and Arabic byte for byte", () => {
    const bytes = Buffer.from(text, "utf8");
    for (const kept of ["“", "”", "‘", "’", "–", "—", "…", "دمشق، سانا", "“حروف من نور”", headline, written[0] ?? ""]) {
      expect(bytes.includes(Buffer.from(kept, "utf8")), kept).toBe(true);
    }
  });

  it("escapes what Markdown would misread, so the story reads back as the same plain paragraphs", () => {
    const markdown = text.slice(text.indexOf("\n---\n") + 5);
    const tree = unified().use(remarkParse).parse(markdown) as Root;
    expect(tree.children.map((node) => node.type)).toEqual(written.map(() => "paragraph"));
    expect(tree.children.map((node) => toString(node))).toEqual(written);
    expect(markdown).toContain("\\*stars\\*");
    expect(markdown).toContain("\\# a hash");
    expect(markdown).toContain("1\\. a number");
    expect(markdown).toContain("\\<b>tags");
  });

  it("escapes the Markdown of the fixture with special characters in the same way", () => {
    const copy = parseWireCopy(fixture("beirut-markdown-specials.txt"));
    const tree = unified().use(remarkParse).parse(storyMarkdown(blocksToTree(copy.blocks))) as Root;
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual(paragraphs(copy).map((paragraph) => ["paragraph", paragraph]));
  });

  it("goes in the year and month of its date in the site's zone, named by the headline's slug", () => {
    expect(contentRef("2015-10-13T14:05:00+03:00", "lavrov-strikes-were-selective", "Asia/Damascus")).toBe("2015/10/lavrov-strikes-were-selective");
    // 22:30 UTC on 31 October is already November in Damascus.
    expect(contentRef("2015-10-31T22:30:00Z", "late-filing", "Asia/Damascus")).toBe("2015/11/late-filing");
  });
});
