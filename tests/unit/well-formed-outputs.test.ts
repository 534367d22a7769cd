import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/build-archive.ts";
import { newsArticle, scriptJson } from "../../src/filters/structured-data.ts";
import { atomFeed } from "../../src/publishing/atom-feed.ts";
import { jsonFeed } from "../../src/publishing/json-feed.ts";
import { newsSitemapXml, sitemapXml } from "../../src/publishing/sitemap-xml.ts";
import { story, testSite } from "./archive-helpers.ts";

/** Throws unless `xml` is well-formed XML 1.0: escaping, nesting and characters. */
function parseXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}

const text = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
  fc.constantFrom("A<\"&'>B", "]]>", "<![CDATA[x]]>", "{{ site.name }}", "{% raw %}", "\u000B\u0001", "\uFFFE", "\uD800", "\u202Eevil", "</script><script>alert(1)</script>"),
);

describe("machine outputs, whatever the text", () => {
  it("keeps feeds, sitemaps and structured data well-formed", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ title: text, summary: text, topic: text, byline: text, source: text, body: text }), { minLength: 1, maxLength: 3 }), async (entries) => {
        const now = Date.parse("2015-10-14T00:00:00Z");
        const stories = entries.map((entry, index) =>
          story(`2015/10/story-${index}`, { title: entry.title, summary: entry.summary, topics: [entry.topic], byline: [entry.byline], source: entry.source }),
        );
        const { archive } = buildArchive(stories, testSite, { now });
        const contentOf = async () => `<p>${entries[0]?.body ?? ""}</p>`;
        for (const feed of archive.pages.feed) {
          if (feed.format === "atom") parseXml(await atomFeed(feed, testSite, contentOf));
          else expect(JSON.parse(await jsonFeed(feed, testSite, contentOf))).toHaveProperty("items");
        }
        for (const sitemap of archive.pages.sitemap) parseXml(await sitemapXml(sitemap, testSite));
        for (const news of archive.pages.newsSitemap) parseXml(await newsSitemapXml(news, testSite));
        for (const article of archive.articles) {
          const json = scriptJson(newsArticle(article, testSite));
          expect(json).not.toMatch(/<\//);
          expect(JSON.parse(json)).toHaveProperty("headline", article.title);
        }
      }),
      { numRuns: 60 },
    );
  });
});
