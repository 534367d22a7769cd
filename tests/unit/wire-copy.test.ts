import { readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { loadArticle } from "../../src/content/load-article.ts";
import { articleRef, articleText, storyMarkdown } from "../../src/importer/article-text.ts";
import { readByline } from "../../src/importer/byline.ts";
import { splitCheckAlso } from "../../src/importer/check-also.ts";
import { findDatelineLead, titleCaseShouted } from "../../src/importer/dateline-lead.ts";
import { parseWireCopy, type WireCopy } from "../../src/importer/parse-wire-copy.ts";
import { headlineKey, resolveRelated } from "../../src/importer/related-story.ts";
import { findStatedDates } from "../../src/importer/stated-date.ts";

const fixtures = path.resolve(import.meta.dirname, "../fixtures/wire-copy");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");
const context = { timeZone: "Asia/Damascus", language: "en" };

describe("parseWireCopy", () => {
  it("reads a SANA-style story: lead, slash byline and a Check Also block with a URL", () => {
    const copy = parseWireCopy(fixture("moscow-sana-hyphen.txt"));
    expect(copy).toMatchObject({
      headline: "Moscow hosts talks on restoring the Hejaz railway’s northern line",
      dateline: "Moscow",
      source: "SANA",
      bylines: ["Reem", "Hazem Sabbagh"],
      checkAlso: { headline: "Old souk “spice street” reopens after repairs…", url: "https://news.example.org/2015/10/spice-street-reopens" },
      datesStated: [],
      missing: [],
    });
    expect(copy.statedDate).toBeUndefined();
    expect(copy.paragraphs).toHaveLength(3);
    expect(copy.paragraphs[0]).toMatch(/^Railway engineers from Syria/);
    // A paragraph's lines are joined with a space.
    expect(copy.paragraphs[1]).toContain("the line’s bridges. “Every viaduct");
    expect(copy.paragraphs.join("\n")).not.toMatch(/Reem|Check Also|spice street/);
  });

  it("reads an en dash lead with no space after it, and a shouted Check Also heading without a URL", () => {
    const copy = parseWireCopy(fixture("damascus-sana-en-dash.txt"));
    expect(copy).toMatchObject({ dateline: "Damascus", source: "SANA", bylines: ["Manar Salameh"], missing: [] });
    expect(copy.checkAlso).toEqual({ headline: 'Old souk "spice street" reopens after repairs' });
    expect(copy.paragraphs[0]).toMatch(/^Twelve apprentices began/);
  });

  it("title-cases a shouted dateline and takes the stated date that matches the dateline's day", () => {
    const copy = parseWireCopy(fixture("damascus-dated-caps.txt"));
    expect(copy).toMatchObject({ dateline: "Damascus", source: "SANA", bylines: ["H. Said", "Lina Haddad"], statedDate: "2015-10-13" });
    expect(copy.datesStated).toEqual(["2015-10-13", "1998-03-02"]);
    expect(copy.paragraphs[0]).toMatch(/^The National Library said/);
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
    expect(copy.paragraphs[0]).toMatch(/^افتتح اليوم/);
  });

  it("reads a lead with the agency in brackets and no comma", () => {
    const copy = parseWireCopy(fixture("beirut-markdown-specials.txt"));
    expect(copy).toMatchObject({ dateline: "Beirut", source: "LWS", bylines: ["Omar Aziz"] });
    expect(copy.paragraphs).toHaveLength(5);
    expect(copy.paragraphs[1]).toBe("# this line starts with a hash but is not a heading");
  });

  it("says what it could not find, and invents no byline or date", () => {
    const copy = parseWireCopy(fixture("amman-no-byline-no-date.txt"));
    expect(copy.bylines).toEqual([]);
    expect(copy.statedDate).toBeUndefined();
    expect(copy.missing).toEqual(["no byline found"]);
    expect(copy.paragraphs.at(-1)).toMatch(/in a statement on Wednesday\.$/);
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
    expect(copy).toMatchObject({ headline: "Headline", dateline: "Homs", bylines: ["Reem"], paragraphs: ["First line same paragraph."] });
  });
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

  it("keeps the day written between place and agency", () => {
    expect(findDatelineLead("DAMASCUS, Oct. 13 (SANA) — Text")?.when).toBe("Oct. 13");
  });

  it.each([
    "Moscow, US-led strikes continued.",
    "Talks resumed in Geneva - officials said.",
    "Damascus is calm (officials say) - today",
    "The minister, who spoke (briefly) - left.",
    "Damascus-SANA Text",
    "قال الوزير في مؤتمر صحفي إن المحادثات - التي استمرت يومين - كانت مثمرة",
  ])(
    "finds no lead in %s",
    (paragraph) => expect(findDatelineLead(paragraph)).toBeUndefined(),
  );

  it("title-cases only places written all in capitals", () => {
    expect(titleCaseShouted("AL-HASAKAH")).toBe("Al-Hasakah");
    expect(titleCaseShouted("New York")).toBe("New York");
    expect(titleCaseShouted("اللاذقية")).toBe("اللاذقية");
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
    expect(split).toEqual({ story: ["Story.", ""], found: true, checkAlso: { headline: "Related headline", url: "https://example.org/related" } });
  });

  it("tells a block without a headline from no block", () => {
    expect(splitCheckAlso(["Story.", "Check Also", ""])).toEqual({ story: ["Story."], found: true });
    expect(splitCheckAlso(["Story.", "We check also the rest."])).toEqual({ story: ["Story.", "We check also the rest."], found: false });
  });
});

describe("resolveRelated", () => {
  const known = [
    { ref: "2015/10/spice-street", title: "Old souk “spice street” reopens after repairs" },
    { ref: "2015/09/twin-a", title: "Twin headline" },
    { ref: "2015/09/twin-b", title: "Twin headline" },
  ];

  it("matches a headline ignoring case, quotes, punctuation and a trailing ellipsis", () => {
    expect(headlineKey('OLD SOUK "SPICE STREET" REOPENS AFTER REPAIRS...')).toBe(headlineKey("Old souk “spice street” reopens after repairs"));
    expect(resolveRelated({ headline: 'Old souk "spice street" reopens after repairs…', url: "https://example.org/x" }, known)).toEqual({
      entries: [{ article: "2015/10/spice-street" }],
    });
  });

  it("links the URL when no article matches, and keeps the headline alone (with a note) without one", () => {
    expect(resolveRelated({ headline: "Elsewhere", url: "https://example.org/x" }, known)).toEqual({ entries: [{ title: "Elsewhere", url: "https://example.org/x" }] });
    const unlinked = resolveRelated({ headline: "Elsewhere" }, known);
    expect(unlinked.entries).toEqual([{ title: "Elsewhere" }]);
    expect(unlinked.note).toMatch(/“Elsewhere” is not in the archive and the copy gives no URL; its headline is kept without a link/);
  });

  it("links no article when the headline matches several", () => {
    const result = resolveRelated({ headline: "Twin headline" }, known);
    expect(result.entries).toEqual([{ title: "Twin headline" }]);
    expect(result.note).toContain("matches 2 articles (2015/09/twin-a, 2015/09/twin-b); its headline is kept without a link (replace it with `article:` and the right one)");
  });
});

describe("the article text", () => {
  const copy: WireCopy = {
    headline: "Lavrov: “strikes” were ‘selective’ – or not — …",
    dateline: "Moscow",
    source: "SANA",
    datesStated: [],
    paragraphs: [
      "Quotes “double” and ‘single’, dashes – and —, an ellipsis … and Arabic: دمشق، سانا — “حروف من نور”.",
      "*stars* and _underscores_ and [brackets] and <b>tags</b> & `ticks`",
      "# a hash",
      "1. a number",
      "- a dash",
      "> a quote",
    ],
    bylines: ["Reem", "Hazem Sabbagh"],
    missing: [],
  };
  const related = [{ article: "2015/10/spice-street" }, { title: "Outside: a link", url: "https://example.org/a?b=1" }];
  const text = articleText({ copy, date: "2015-10-13T14:05:00+03:00", related });

  it("writes front matter in the editors' order, with topics and summary left out", () => {
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
    const data = parseYaml(yaml) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(["title", "date", "source", "dateline", "byline", "related"]);
    expect(data).toEqual({
      title: copy.headline,
      date: "2015-10-13T14:05:00+03:00",
      source: "SANA",
      dateline: "Moscow",
      byline: ["Reem", "Hazem Sabbagh"],
      related,
    });
    expect(yaml).toContain("byline: [Reem, Hazem Sabbagh]");
  });

  it("passes the article schema", () => {
    const { article, problems } = loadArticle(text, { file: "content/2015/10/x.md", ref: "2015/10/x" }, context);
    expect(problems).toEqual([]);
    expect(article?.fields).toMatchObject({ title: copy.headline, byline: ["Reem", "Hazem Sabbagh"], topics: [] });
  });

  it("keeps curly quotes, dashes, the ellipsis and Arabic byte for byte", () => {
    const bytes = Buffer.from(text, "utf8");
    for (const kept of ["“", "”", "‘", "’", "–", "—", "…", "دمشق، سانا", "“حروف من نور”", copy.headline, copy.paragraphs[0] ?? ""]) {
      expect(bytes.includes(Buffer.from(kept, "utf8")), kept).toBe(true);
    }
  });

  it("escapes what Markdown would misread, so the story reads back as the same plain paragraphs", () => {
    const body = text.slice(text.indexOf("\n---\n") + 5);
    const tree = unified().use(remarkParse).parse(body) as Root;
    expect(tree.children.map((node) => node.type)).toEqual(copy.paragraphs.map(() => "paragraph"));
    expect(tree.children.map((node) => toString(node))).toEqual(copy.paragraphs);
    expect(body).toContain("\\*stars\\*");
    expect(body).toContain("\\# a hash");
    expect(body).toContain("1\\. a number");
    expect(body).toContain("\\<b>tags");
  });

  it("escapes the Markdown of the fixture with special characters in the same way", () => {
    const paragraphs = parseWireCopy(fixture("beirut-markdown-specials.txt")).paragraphs;
    const tree = unified().use(remarkParse).parse(storyMarkdown(paragraphs)) as Root;
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual(paragraphs.map((paragraph) => ["paragraph", paragraph]));
  });

  it("goes in the year and month of its date in the site's zone, named by the headline's slug", () => {
    expect(articleRef("Lavrov: strikes were selective", "2015-10-13T14:05:00+03:00", "Asia/Damascus")).toBe("2015/10/lavrov-strikes-were-selective");
    // 22:30 UTC on 31 October is already November in Damascus.
    expect(articleRef("Late filing", "2015-10-31T22:30:00Z", "Asia/Damascus")).toBe("2015/11/late-filing");
  });
});
