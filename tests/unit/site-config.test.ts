import { describe, expect, it } from "vitest";
import { defineSite } from "../../src/config/site-schema.ts";
import { site } from "../../src/config/site.ts";

const minimal = { name: "A", baseUrl: "https://example.org/", timeZone: "Asia/Damascus", publisher: { name: "P", url: "https://example.org" } };

describe("site configuration", () => {
  it("fills defaults and normalises URLs and the path prefix", () => {
    expect(defineSite({ ...minimal, pathPrefix: "archive" })).toEqual({
      ...minimal,
      baseUrl: "https://example.org",
      description: "",
      pathPrefix: "/archive/",
      language: "en",
      pageSize: 20,
      feeds: { items: 50, content: "full", entryContent: "summary" },
    });
    expect(defineSite({ ...minimal, pathPrefix: "/" }).pathPrefix).toBe("/");
    expect(defineSite({ ...minimal, pathPrefix: "//a//b/" }).pathPrefix).toBe("/a/b/");
  });

  it("names every bad field in one error", () => {
    expect(() => defineSite({ ...minimal, baseUrl: "ftp://x", timeZone: "Mars/Olympus", language: "!!" })).toThrow(
      /baseUrl: .*\n.*language: .*\n.*timeZone: /,
    );
  });

  it("ships a valid configuration", () => {
    expect(site.timeZone).toBe("Asia/Damascus");
  });
});
