import { describe, expect, it } from "vitest";
import { createProcessor } from "../../src/markdown/create-processor.ts";
import { renderBody } from "../../src/markdown/render-body.ts";

const processor = createProcessor({ siteUrl: "https://archive.example.org", pathPrefix: "/", timeZone: "Asia/Damascus" });

describe("facts recorded while rendering", () => {
  it("keeps the first paragraph as written, without the dateline lead", () => {
    const rendered = renderBody(processor, {
      body: "First *paragraph*   here.\n\nSecond.\n",
      dateline: { place: "Homs", date: "2016-03-05T12:00:00+02:00", source: "LWS", lang: "en" },
    });
    expect(rendered.excerpt).toBe("First paragraph here.");
    expect(rendered.html).toContain("HOMS, March 5 (LWS) —");
  });

  it("counts words of the story", () => {
    expect(renderBody(processor, { body: "One two three.\n\n- four\n- five\n" }).wordCount).toBe(5);
  });

  it("notes the body lines whose raw HTML is removed", () => {
    const rendered = renderBody(processor, { body: "Fine.\n\n<script>x()</script>\n\nText <b>bold</b>.\n" });
    expect(rendered.rawHtmlLines).toEqual([3, 5]);
    expect(rendered.html).not.toContain("<script");
  });
});
