import type { Paragraph, Root } from "mdast";
import type { VFile } from "vfile";
import { type DatelineParts, formatDatelineLead } from "./dateline-lead.ts";

declare module "vfile" {
  interface DataMap {
    /** Front-matter parts of the dateline lead; no lead when absent. */
    dateline: DatelineParts;
  }
}

export interface RemarkDatelineOptions {
  /** IANA zone whose calendar day the lead shows. */
  timeZone: string;
}

/**
 * Open the story with its dateline lead (`MOSCOW, Oct. 13 (SANA) —`), rendered
 * from front matter at the start of the first paragraph, so editors never type it.
 */
export default function remarkDateline(options: RemarkDatelineOptions) {
  return (tree: Root, file: VFile) => {
    const parts = file.data.dateline;
    if (!parts) return;
    const lead = formatDatelineLead(parts, options.timeZone);
    const span = {
      type: "emphasis" as const,
      data: { hName: "span", hProperties: { className: ["dateline"] } },
      children: [{ type: "text" as const, value: lead }],
    };
    const first = tree.children[0];
    if (first?.type === "paragraph") {
      first.children.unshift(span, { type: "text", value: " " });
    } else {
      const paragraph: Paragraph = { type: "paragraph", children: [span] };
      tree.children.unshift(paragraph);
    }
  };
}
