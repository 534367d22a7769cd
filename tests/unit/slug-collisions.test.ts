import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignSlugs, slugify, slugLength } from "../../src/archive/slug.ts";

describe("assignSlugs: look-alike names", () => {
  it("never lets a name take another's suffixed slug", () => {
    const first = assignSlugs([{ name: "Cafe", firstUsed: 1 }, { name: "Café", firstUsed: 2 }]);
    const suffixed = first.get("Café") ?? "";
    expect(suffixed).toMatch(/^cafe--[0-9a-f]{6}$/);
    // A name spelled like that slug gets a slug of its own.
    const attacked = assignSlugs([{ name: "Cafe", firstUsed: 1 }, { name: "Café", firstUsed: 2 }, { name: suffixed, firstUsed: 3 }, { name: suffixed.replace("--", " "), firstUsed: 0 }]);
    expect(attacked.get("Café")).toBe(suffixed);
    expect(new Set(attacked.values()).size).toBe(4);
  });

  it("gives every name its own slug, and no plain slug equals a suffixed one", () => {
    const name = fc.oneof(fc.constantFrom("Café", "Cafe", "CAFE", "café", "Syria", "syria", "by-count", "cafe--abcdef", "北京"), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name, firstUsed: fc.integer({ min: 0, max: 5 }) }), { selector: (use) => use.name, maxLength: 12 }), (uses) => {
        const slugs = assignSlugs(uses, { reserved: ["by-count"] });
        const values = [...slugs.values()];
        expect(new Set(values).size).toBe(values.length);
        for (const slug of values) expect(slug).toMatch(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/);
        expect(values).not.toContain("by-count");
      }),
      { numRuns: 300 },
    );
  });

  it("shortens long names at a word, with a hash of the whole name", () => {
    const long = "Reconstruction of the old souk of Aleppo after the fire of 2012 and the years of war that followed it";
    const slug = slugify(long);
    expect(slug.length).toBeLessThanOrEqual(slugLength);
    expect(slug).toMatch(/^reconstruction-of-the-old-souk-[a-z0-9-]*-[0-9a-f]{6}$/);
    expect(slugify(`${long}, again`)).not.toBe(slug);
    expect(slugify(long)).toBe(slug);
  });
});
