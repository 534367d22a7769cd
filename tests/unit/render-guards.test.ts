import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodyLimitBreach, emphasisRunLimit, nestingLimit } from "../../src/content/body-limits.ts";
import { createProcessor } from "../../src/markdown/create-processor.ts";
import { renderBody } from "../../src/markdown/render-body.ts";
import { renderStories } from "../../src/markdown/render-stories.ts";

const options = { siteUrl: "https://archive.example.org", pathPrefix: "/", timeZone: "Asia/Damascus" };
// Well over a second to render on any machine we know of (each part stays under the body limits),
// so a 300 ms limit stops it however fast the machine is.
const slow = { body: `${`${"*a ".repeat(900)}\n\n`.repeat(100)}${"|a".repeat(1500)}\n${"|-".repeat(1500)}\n${"|x".repeat(1500)}\n` };

describe("bodyLimitBreach", () => {
  it("finds quotes, lists and indentation nested past the limit, at their line", () => {
    expect(bodyLimitBreach(`Lead.\n\n${"> ".repeat(nestingLimit + 1)}deep\n`)).toEqual({ kind: "too-deep", line: 3, limit: nestingLimit });
    expect(bodyLimitBreach(`${"- ".repeat(nestingLimit + 1)}x\n`)?.kind).toBe("too-deep");
    expect(bodyLimitBreach("> > > a\n\n- a\n  - b\n    - c\n")).toBeUndefined();
  });

  it("counts emphasis marks per paragraph, not in code", () => {
    expect(bodyLimitBreach(`One.\n\n${"*a ".repeat(emphasisRunLimit + 1)}\n`)).toMatchObject({ kind: "too-complex", line: 3 });
    expect(bodyLimitBreach(`${"*a ".repeat(600)}\n\n${"*a ".repeat(600)}\n`)).toBeUndefined();
    expect(bodyLimitBreach(`\`\`\`\n${"*a ".repeat(2000)}\n\`\`\`\n`)).toBeUndefined();
  });
});

describe("rendering guards", () => {
  it("refuses inline nesting past the limit instead of overflowing the stack", () => {
    const processor = createProcessor(options);
    const deep = `${"*".repeat(3 * nestingLimit)}x${"*".repeat(3 * nestingLimit)}`;
    expect(renderBody(processor, { body: deep }).failure).toEqual({ kind: "too-deep", line: 1, limit: nestingLimit });
  });

  it("stops a story that renders too long, and renders the others", async () => {
    const { results } = await renderStories([{ body: "One." }, slow, { body: "Two." }], { ...options, timeLimitMs: 300 });
    expect(results.map((result) => result.failure?.kind ?? result.html)).toEqual(["<p>One.</p>\n", "timed-out", "<p>Two.</p>\n"]);
  });

  it("stops a slow story on a worker thread too, and only that one", async () => {
    const inputs = Array.from({ length: 120 }, (_, index) => (index === 70 ? slow : { body: `Story ${index}.` }));
    const { results, threads } = await renderStories(inputs, { ...options, workers: 2, workerThreshold: 1, timeLimitMs: 300 });
    expect(threads).toBe(2);
    expect(results.flatMap((result, index) => (result.failure ? [[index, result.failure]] : []))).toEqual([[70, { kind: "timed-out", seconds: 0.3 }]]);
    expect(results[71]?.html).toBe("<p>Story 71.</p>\n");
  });

  it("never throws, whatever the Markdown", () => {
    const processor = createProcessor(options);
    const piece = fc.constantFrom("*", "_", "~~", "> ", "- ", "1. ", "[", "](x)", "`", "<div>", "|", "\n", "  ", "#", "{{ x }}", "\u0000", "\u202E");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 200 }), (parts) => {
        const rendered = renderBody(processor, { body: parts.join("") });
        expect(typeof rendered.html).toBe("string");
      }),
      { numRuns: 200 },
    );
  });
});
