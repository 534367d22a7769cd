import type { Root, RootContent } from "mdast";

/** A block of plain-text copy: a paragraph re-flowed into one line, or a table kept as set. */
export type WireBlock = { kind: "paragraph"; text: string } | { kind: "table"; lines: string[] };

/** Two gaps of two spaces or more (or tabs) between words, not after a full stop: a line set in columns. */
const columnGap = /(?<![.!?:;,])(?: {2,}|\t+)(?=\S)/gu;

/** True when a line is set in columns, as agencies send rate tables and results. */
export function isTabular(line: string): boolean {
  return (line.trim().match(columnGap)?.length ?? 0) >= 2;
}

/**
 * Plain-text copy in blocks. Blank lines separate paragraphs, and so does a line
 * indented further than the copy's other lines (typewritten copy indents the first
 * line of each paragraph); the lines of a paragraph (hard-wrapped copy) are
 * trimmed and joined with a space, so no indentation is left for Markdown to read
 * as code. Two or more lines in a row set in columns stay a table, as written.
 */
export function toBlocks(lines: readonly string[]): WireBlock[] {
  const expanded = lines.map((line) => line.replace(/\t/gu, "    ").trimEnd());
  const indent = commonIndent(expanded.filter((line) => line.trim() !== "" && !isTabular(line)));
  const blocks: WireBlock[] = [];
  let paragraph: string[] = [];
  let table: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };
  const endTable = () => {
    if (table.length > 1) {
      const margin = commonIndent(table);
      blocks.push({ kind: "table", lines: table.map((line) => line.slice(margin)) });
    } else if (table.length === 1) {
      blocks.push({ kind: "paragraph", text: (table[0] ?? "").trim() });
    }
    table = [];
  };
  for (const line of [...expanded, ""]) {
    if (line.trim() === "") {
      endTable();
      endParagraph();
    } else if (isTabular(line)) {
      endParagraph();
      table.push(line);
    } else {
      endTable();
      if (/^\s/u.test(line.slice(indent))) endParagraph();
      paragraph.push(line.trim());
    }
  }
  return blocks;
}

function commonIndent(lines: readonly string[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const line of lines) least = Math.min(least, line.length - line.trimStart().length);
  return Number.isFinite(least) ? least : 0;
}

/** Blocks as Markdown's tree: paragraphs of plain text (escaped when written), tables as preformatted text. */
export function blocksToTree(blocks: readonly WireBlock[]): Root {
  const children: RootContent[] = blocks.map((block) =>
    block.kind === "paragraph"
      ? { type: "paragraph", children: [{ type: "text", value: block.text }] }
      : { type: "code", value: block.lines.join("\n") },
  );
  return { type: "root", children };
}
