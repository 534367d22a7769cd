import type { Paragraph, Root } from "mdast";
import type { VFile } from "vfile";
import { type DatelineParts, formatDatelineLead } from "./dateline-lead.ts";
import { isPictureParagraph } from "./remark-pictures.ts";

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
 * Pictures that open the story stay above it.
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
    const start = tree.children.findIndex((node) => !isPictureParagraph(node));
    const at = start === -1 ? tree.children.length : start;
    const first = tree.children[at];
    if (first?.type === "paragraph") {
      first.children.unshift(span, { type: "text", value: " " });
    } else {
      const paragraph: Paragraph = { type: "paragraph", children: [span] };
      tree.children.splice(at, 0, paragraph);
    }
  };
}
