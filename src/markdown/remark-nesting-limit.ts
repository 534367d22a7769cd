import type { Nodes, Root } from "mdast";

/** Nodes that open one more level of nesting. */
const nesting = new Set(["blockquote", "list", "emphasis", "strong", "delete", "link", "linkReference"]);

/** Thrown when a story nests deeper than the limit: the HTML utilities after the parser recurse once per level. */
export class NestingTooDeep extends Error {
  readonly line: number;
  readonly limit: number;

  constructor(line: number, limit: number) {
    super(`Markdown nests more than ${limit} levels deep at line ${line}.`);
    this.name = "NestingTooDeep";
    this.line = line;
    this.limit = limit;
  }
}

export interface RemarkNestingLimitOptions {
  /** Levels of quotes, lists, emphasis and links allowed inside each other. */
  limit: number;
}

/**
 * Refuse a story whose quotes, lists, emphasis or links nest deeper than
 * `limit`, before any recursive plugin walks it. The walk itself keeps its own
 * stack, so it cannot overflow.
 */
export default function remarkNestingLimit({ limit }: RemarkNestingLimitOptions) {
  return (tree: Root) => {
    const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
      const depth = entry.depth + (nesting.has(entry.node.type) ? 1 : 0);
      if (depth > limit) throw new NestingTooDeep(entry.node.position?.start.line ?? 1, limit);
      if ("children" in entry.node) for (const child of entry.node.children) stack.push({ node: child, depth });
    }
  };
}
