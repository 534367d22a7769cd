import { defineSite } from "../../src/config/site-schema.ts";
import type { Story } from "../../src/archive/build-archive.ts";
import type { ArticleFields } from "../../src/content/article-schema.ts";

export const testSite = defineSite({
  name: "Test Archive",
  baseUrl: "https://archive.example.org",
  timeZone: "Asia/Damascus",
  publisher: { name: "Test", url: "https://archive.example.org" },
  pageSize: 2,
});

/** A story as the loader and renderer would hand it to the archive. */
export function story(ref: string, fields: Partial<ArticleFields> = {}, lines: Record<string, number> = {}): Story {
  return {
    loaded: {
      file: `content/${ref}.md`,
      ref,
      fields: {
        title: `Title of ${ref}`,
        date: "2015-10-13T14:05:00+03:00",
        source: "LWS",
        byline: [],
        topics: [],
        lang: "en",
        related: [],
        draft: false,
        translations: [],
        corrections: [],
        aliases: [],
        ...fields,
      },
      bodyLine: 6,
      lines: { title: 2, date: 3, source: 4, ...lines },
    },
    facts: { excerpt: "Body.", excerptLine: 1, wordCount: 1, rawHtmlLines: [], pictures: [] },
    revision: ref,
    renderKey: ref,
  };
}

export const farFuture = Date.parse("2100-01-01T00:00:00Z");
