/**
 * Bounds on how a story's Markdown may nest, checked on the text before it is
 * parsed: the Markdown parser's time grows with the square of the nesting of
 * quotes and lists, and with the square of the emphasis marks in a paragraph,
 * and the HTML utilities recurse once per level.
 */

/** Quotes, lists and emphasis nest at most this deep. */
export const nestingLimit = 40;
/** Runs of `*`, `_` or `~` one paragraph may hold. */
export const emphasisRunLimit = 1000;

/** Where a story goes past a limit, and which. */
export type BodyLimitBreach = { kind: "too-deep"; line: number; limit: number } | { kind: "too-complex"; line: number; marks: number; limit: number };

/**
 * The first place a story's Markdown goes past the limits, or undefined. Nesting
 * is estimated from each line's leading `>`, list markers and indentation,
 * which can only count more levels than the parser finds, never fewer.
 */
export function bodyLimitBreach(body: string): BodyLimitBreach | undefined {
  let fence: string | undefined;
  let paragraphLine = 0;
  let runs = 0;
  const lines = body.split("\n");
  for (const [index, line] of lines.entries()) {
    const fenceMark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark !== undefined && fenceMark.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMark !== undefined) {
      fence = fenceMark.slice(0, 3);
      runs = 0;
      continue;
    }
    if (line.trim() === "") {
      runs = 0;
      continue;
    }
    if (runs === 0) paragraphLine = index + 1;
    if (containerDepth(line) > nestingLimit) return { kind: "too-deep", line: index + 1, limit: nestingLimit };
    runs += line.match(/([*_~])\1*/g)?.length ?? 0;
    if (runs > emphasisRunLimit) {
      let total = runs;
      for (let next = index + 1; next < lines.length && (lines[next] ?? "").trim() !== ""; next++) total += (lines[next] ?? "").match(/([*_~])\1*/g)?.length ?? 0;
      return { kind: "too-complex", line: paragraphLine, marks: total, limit: emphasisRunLimit };
    }
  }
  return undefined;
}

/** Levels a line may open or continue: each `>` and list marker at its start, and one per two columns of indentation. */
function containerDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let index = 0;
  while (index < line.length) {
    const character = line[index];
    if (character === " ") columns++;
    else if (character === "\t") columns += 4 - (columns % 4);
    else if (character === ">") depth++;
    else {
      const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(index, index + 11));
      if (!marker) break;
      depth++;
      index += marker[0].length;
      continue;
    }
    index++;
  }
  return depth + Math.floor(columns / 2);
}
