import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { ArchiveIndex, type IndexedArticle } from "../../src/importer/archive-index.ts";
import { type ImportSettings, planArticle } from "../../src/importer/plan-article.ts";
import type { Story } from "../../src/importer/story.ts";
import { blocksToTree } from "../../src/importer/wire-blocks.ts";
import { wireStory } from "../../src/importer/wire-story.ts";

const site = { timeZone: "Asia/Damascus", language: "en" };

function story(fields: Partial<Story> = {}): Story {
  return {
    format: "nitf",
    id: "DOC-1",
    line: 3,
    title: "Harbour pilots end strike",
    date: "2015-10-13T14:05:00+03:00",
    source: "LWS",
    byline: [],
    topics: [],
    related: [],
    corrections: [],
    aliases: [],
    draft: false,
    body: blocksToTree([{ kind: "paragraph", text: "Pilots went back to work." }]),
    notes: [],
    ...fields,
  };
}

function settings(archive: ArchiveIndex, more: Partial<ImportSettings> = {}): ImportSettings {
  return { site, zone: site.timeZone, titleCase: false, update: false, fileOf: (ref) => `content/${ref}.md`, taken: (ref) => archive.get(ref) !== undefined, ...more };
}

/** The front matter of a planned article. */
function frontMatter(text: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

function planned(story_: Story, archive = ArchiveIndex.of([]), more: Partial<ImportSettings> = {}) {
  const plan = planArticle(story_, settings(archive, more), archive);
  if (plan.action !== "write" && plan.action !== "update") throw new Error(`Expected an article, got ${JSON.stringify(plan)}`);
  return { ...plan, fields: frontMatter(plan.text) };
}

describe("planArticle", () => {
  it("writes the story at YYYY/MM/<slug> with its origin, and says what the editor should add", () => {
    const plan = planned(story());
    expect(plan).toMatchObject({ action: "write", ref: "2015/10/harbour-pilots-end-strike", origin: "nitf:DOC-1" });
    expect(plan.fields).toEqual({ title: "Harbour pilots end strike", date: "2015-10-13T14:05:00+03:00", source: "LWS", origin: "nitf:DOC-1" });
    expect(plan.notes).toEqual(["no topics (add them)", "no summary (the first paragraph will be used)"]);
  });

  it("recognises a story imported before by its origin, whatever its path, and writes it again over it with update", () => {
    const before: IndexedArticle = { ref: "2015/10/pilots", title: "Pilots", origin: "nitf:DOC-1", aliases: [] };
    const archive = ArchiveIndex.of([before]);
    expect(planArticle(story(), settings(archive), archive)).toMatchObject({ action: "skip", ref: "2015/10/pilots", reason: "imported before as 2015/10/pilots (--update writes it again)" });
    expect(planned(story(), archive, { update: true })).toMatchObject({ action: "update", ref: "2015/10/pilots" });
    // The same agency item, sent as ninjs, is the same story.
    expect(planArticle(story({ format: "ninjs" }), settings(archive), archive)).toMatchObject({ action: "skip" });
  });

  it("recognises an article imported before origins were kept by its headline and publication time", () => {
    const archive = ArchiveIndex.of([{ ref: "2015/10/harbour-pilots-end-strike", title: "Harbour pilots end strike", date: "2015-10-13T11:05:00Z", aliases: [] }]);
    expect(planArticle(story(), settings(archive), archive)).toMatchObject({ action: "skip" });
  });

  it("gives another story with the same headline the next free path", () => {
    const archive = ArchiveIndex.of([{ ref: "2015/10/harbour-pilots-end-strike", title: "Harbour pilots end strike", date: "2015-10-12T09:00:00+03:00", origin: "nitf:DOC-0", aliases: [] }]);
    const plan = planned(story(), archive);
    expect(plan.ref).toBe("2015/10/harbour-pilots-end-strike-2");
    expect(plan.notes).toContain("2015/10/harbour-pilots-end-strike holds another story; this one is written as 2015/10/harbour-pilots-end-strike-2");
  });

  it("keeps a headline in capitals, or title-cases it on request", () => {
    expect(planned(story({ title: "BAHIA COCOA REVIEW" })).notes).toContain("the headline is in capitals (--title-case writes it in title case)");
    expect(planned(story({ title: "BAHIA COCOA REVIEW" }), ArchiveIndex.of([]), { titleCase: true })).toMatchObject({ ref: "2015/10/bahia-cocoa-review", fields: { title: "Bahia Cocoa Review" } });
  });

  it("reads a date without an offset in --zone, and says so", () => {
    const plan = planned(story({ date: "1987-02-26T18:00:00" }), ArchiveIndex.of([]), { zone: "America/New_York" });
    expect(plan.fields["date"]).toBe("1987-02-26T18:00:00-05:00");
    expect(plan.notes).toContain("the file gives no time zone for `1987-02-26T18:00:00`: read in America/New_York");
    expect(planned(story({ date: "1987-02-26T18:00:00" })).notes).toContain("the file gives no time zone for `1987-02-26T18:00:00`: read in Asia/Damascus, the site's zone (--zone sets another)");
  });

  it("says when the page's dateline would not show the day the dateline states", () => {
    const newYork = { dateline: "New York", datelineDay: { month: 2, day: 26 } };
    expect(planned(story({ ...newYork, date: "1987-02-26T21:00:00-05:00" })).notes.join()).not.toContain("dateline states");
    const utc = planned(story({ ...newYork, date: "1987-02-27T02:00:00Z" }));
    expect(utc.notes).toContain(
      "the dateline states Feb. 26 but the date 1987-02-27T02:00:00Z falls on Feb. 27, which the page's dateline would show; give the date with the offset of the dateline's place (--zone, or --date for wire copy)",
    );
  });

  it("leaves out an alias that is the article's new address, another article's old one, or no address a host can serve", () => {
    const archive = ArchiveIndex.of([{ ref: "2015/10/other", title: "Other", aliases: ["/taken/"] }]);
    const plan = planned(story({ aliases: ["/2015/10/13/harbour-pilots-end-strike/", "/taken/", "/news/pilots.html", "/news/a%2Fb/"] }), archive);
    expect(plan.fields["aliases"]).toEqual(["/news/pilots.html"]);
    expect(plan.notes).toContain("its old address cannot be kept as an alias: `/news/a%2Fb/` has an encoded `/`, `\\` or `.` (`%2F`, `%5C`, `%2E`), which hosts read in different ways.");
    expect(plan.notes).toContain("its old address /2015/10/13/harbour-pilots-end-strike/ is also its new one, so it needs no alias");
    expect(plan.notes).toContain("its old address /taken/ is already an alias of 2015/10/other; it was left out");
  });

  it("describes the lead picture with its caption when the file gives no description, and leaves out one it cannot describe or reach", () => {
    const captioned = planned(story({ image: { url: "https://example.org/a.jpg", caption: "Pilots at the pier" } }));
    expect(captioned.fields["image"]).toEqual({ url: "https://example.org/a.jpg", alt: "Pilots at the pier", caption: "Pilots at the pier" });
    expect(captioned.notes).toContain("the lead picture has no description; its caption was used (check `image.alt`)");
    expect(planned(story({ image: { url: "https://example.org/a.jpg" } })).fields["image"]).toBeUndefined();
    expect(planned(story({ image: { url: "/uploads/a.jpg", alt: "A" } })).fields["image"]).toBeUndefined();
  });

  it("writes the language only when it is not the site's", () => {
    expect(planned(story({ lang: "en-US" })).fields["lang"]).toBeUndefined();
    expect(planned(story({ lang: "ar", title: "افتتاح خان الحرير" })).fields["lang"]).toBe("ar");
    expect(planned(story({ title: "افتتاح خان الحرير" })).notes[0]).toMatch(/^no language: it will be published as `en`/);
  });

  it("takes --source over what the file says, and fails with the schema's words without any source", () => {
    expect(planned(story(), ArchiveIndex.of([]), { source: "Wire" }).fields["source"]).toBe("Wire");
    const { source: _, ...unsourced } = story();
    const plan = planArticle(unsourced, settings(ArchiveIndex.of([])), ArchiveIndex.of([]));
    expect(plan).toMatchObject({ action: "fail", ref: "2015/10/harbour-pilots-end-strike", problems: [{ code: "FieldMissing", field: "source", file: "content/2015/10/harbour-pilots-end-strike.md" }] });
  });

  it("makes a slug of a WordPress slug written in another script, and of a long headline as the one slug function does", () => {
    expect(planned(story({ slug: "%d8%ae%d8%a7%d9%86-%d8%a7%d9%84%d8%ad%d8%b1%d9%8a%d8%b1" })).ref).toBe("2015/10/khan-alhryr");
    const long = planned(story({ title: "Harbour pilots end their two-day strike after the port authority agrees to talks on pay, pensions and the hours of night shifts" }));
    expect(long.ref).toMatch(/^2015\/10\/harbour-pilots-end-their-two-day-strike-after-the-port-authority-agrees-[0-9a-f]{6}$/);
  });

  it("imports two wire stories with the same headline (a daily rate table) into two files", () => {
    const archive = ArchiveIndex.of([]);
    const refs = ["reserve-prices-1.txt", "reserve-prices-2.txt"].map((name) => {
      const text = readFileSync(path.resolve(import.meta.dirname, "../fixtures/wire-copy", name), "utf8");
      const reading = wireStory(text, { date: "1987-02-26T12:00:00-05:00", zone: "America/New_York", agencies: [] });
      if (reading.kind !== "story") throw new Error(`Expected a story, got ${JSON.stringify(reading)}`);
      const plan = planned(reading.story, archive, { titleCase: true });
      archive.add(plan.indexed);
      return plan.ref;
    });
    expect(refs).toEqual(["1987/02/national-average-prices-for-farmer-owned-reserve", "1987/02/national-average-prices-for-farmer-owned-reserve-2"]);
  });
});
