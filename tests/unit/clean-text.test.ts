import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanBody, cleanText } from "../../src/content/clean-text.ts";
import { normalizeName } from "../../src/content/names.ts";

describe("cleanText", () => {
  it("normalises to NFC and removes zero-width and bidirectional characters, naming them", () => {
    expect(cleanText("Cafe\u0301")).toEqual({ text: "Café", removed: [] });
    expect(cleanText("Sy\u200Bria\u202E")).toEqual({ text: "Syria", removed: ["a zero-width space (U+200B)", "a right-to-left override (U+202E)"] });
    expect(cleanText("A\u000BB\u0000")).toEqual({ text: "AB", removed: ["a control character (U+0000)", "a control character (U+000B)"] });
  });

  it("keeps joiners where a script needs them, and drops them between Latin letters", () => {
    expect(cleanText("می\u200Cخواهم").text).toBe("می\u200Cخواهم");
    expect(cleanText("👩\u200D💻").text).toBe("👩\u200D💻");
    expect(cleanText("Sy\u200Dria").text).toBe("Syria");
  });

  it("folds white space in names, so one name is one listing", () => {
    expect(normalizeName("  Hazem \t Sabbagh\u200B ")).toBe("Hazem Sabbagh");
  });

  it("leaves nothing XML 1.0 forbids, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(cleanText(text).text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
      }),
      { numRuns: 300 },
    );
  });
});

describe("cleanBody", () => {
  it("removes control characters from a story and says on which lines", () => {
    expect(cleanBody("One\u000B\n\nTwo\u0001\n")).toEqual({ text: "One\n\nTwo\n", removed: ["a control character (U+000B)", "a control character (U+0001)"], lines: [1, 3] });
  });
});
