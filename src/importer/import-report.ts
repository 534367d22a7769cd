import type { Problem } from "../content/problems.ts";
import type { StoryFormat } from "./story.ts";

/** What happened to one item of one file: the report's row (`--report json` prints them all). */
export interface ImportEntry {
  file: string;
  line: number;
  format?: StoryFormat;
  /** The identity the file gives the story. */
  id?: string;
  title?: string;
  action: "written" | "updated" | "unchanged" | "printed" | "skipped" | "failed";
  /** The article's file. */
  path?: string;
  /** Written as a draft. */
  draft?: boolean;
  /** Why it was skipped or failed. */
  reason?: string;
  /** Items left out in bulk are counted under this name (`attachments`). */
  group?: string;
  /** What the editor should know about the article. */
  notes: string[];
  /** The article schema's problems, for a story whose article failed them. */
  problems?: Problem[];
}

/** Every item of a run, with the counts its last lines give. */
export class ImportReport {
  readonly entries: ImportEntry[] = [];

  add(entry: ImportEntry): void {
    this.entries.push(entry);
  }

  /** True when a file or a story could not be imported. */
  failed(): boolean {
    return this.entries.some((entry) => entry.action === "failed");
  }

  /** How many items the run met, bulk ones aside. */
  storyCount(): number {
    return this.entries.filter((entry) => entry.group === undefined).length;
  }

  /** Items of a file left out in bulk, counted: `export.xml: also left out: menu items (3), revisions (12).` */
  groupLines(file: string): string[] {
    const counts = new Map<string, number>();
    for (const entry of this.entries) {
      if (entry.file === file && entry.group !== undefined) counts.set(entry.group, (counts.get(entry.group) ?? 0) + 1);
    }
    if (counts.size === 0) return [];
    return [`${file}: also left out: ${[...counts].map(([group, count]) => `${group} (${count.toLocaleString("en")})`).join(", ")}.`];
  }

  /** `2 of 3 stories imported (1 written, 1 updated); 1 skipped; 1 failed.` */
  summary(): string {
    const count = (...actions: ImportEntry["action"][]) => this.entries.filter((entry) => entry.group === undefined && actions.includes(entry.action)).length;
    const imported = count("written", "updated", "printed");
    const parts = [
      ["written", count("written")],
      ["updated", count("updated")],
      ["printed", count("printed")],
    ] as const;
    const how = parts.filter(([, number]) => number > 0).map(([action, number]) => `${number.toLocaleString("en")} ${action}`);
    const rest = [
      ...(count("unchanged") > 0 ? [`${count("unchanged").toLocaleString("en")} unchanged`] : []),
      ...(count("skipped") > 0 ? [`${count("skipped").toLocaleString("en")} skipped`] : []),
      ...(count("failed") > 0 ? [`${count("failed").toLocaleString("en")} failed`] : []),
    ];
    const total = this.storyCount();
    const stories = `${total.toLocaleString("en")} ${total === 1 ? "story" : "stories"}`;
    return `${imported.toLocaleString("en")} of ${stories} imported${how.length > 0 ? ` (${how.join(", ")})` : ""}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}.`;
  }
}
