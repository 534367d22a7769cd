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

/**
 * The counts of a run, and its entries when they are to be printed: an export
 * of fifty thousand posts is reported in counts, not kept row by row.
 */
export class ImportReport {
  /** Every entry, when the report keeps them. */
  readonly entries: ImportEntry[] = [];
  private readonly keep: boolean;
  private readonly actions = new Map<ImportEntry["action"], number>();
  private readonly groups = new Map<string, Map<string, number>>();

  /** A report that keeps its entries (`keepEntries`) or only counts them. */
  constructor({ keepEntries }: { keepEntries: boolean }) {
    this.keep = keepEntries;
  }

  add(entry: ImportEntry): void {
    if (this.keep) this.entries.push(entry);
    if (entry.group === undefined) {
      this.actions.set(entry.action, this.count(entry.action) + 1);
      return;
    }
    const groups = this.groups.get(entry.file) ?? new Map<string, number>();
    groups.set(entry.group, (groups.get(entry.group) ?? 0) + 1);
    this.groups.set(entry.file, groups);
  }

  /** How many items, bulk ones aside, met `action`. */
  count(action: ImportEntry["action"]): number {
    return this.actions.get(action) ?? 0;
  }

  /** True when a file or a story could not be imported. */
  failed(): boolean {
    return this.count("failed") > 0;
  }

  /** How many items the run met, bulk ones aside. */
  storyCount(): number {
    let total = 0;
    for (const count of this.actions.values()) total += count;
    return total;
  }

  /** Items of a file left out in bulk, counted: `export.xml: also left out: menu items (3), revisions (12).` */
  groupLines(file: string): string[] {
    const counts = this.groups.get(file);
    if (counts === undefined) return [];
    return [`${file}: also left out: ${[...counts].map(([group, count]) => `${group} (${count.toLocaleString("en")})`).join(", ")}.`];
  }

  /** `2 of 3 stories imported (1 written, 1 updated); 1 skipped; 1 failed.` */
  summary(): string {
    const number = (count: number) => count.toLocaleString("en");
    const imported = this.count("written") + this.count("updated") + this.count("printed");
    const how = (["written", "updated", "printed"] as const).filter((action) => this.count(action) > 0).map((action) => `${number(this.count(action))} ${action}`);
    const rest = (["unchanged", "skipped", "failed"] as const).filter((action) => this.count(action) > 0).map((action) => `${number(this.count(action))} ${action}`);
    const total = this.storyCount();
    return `${number(imported)} of ${number(total)} ${total === 1 ? "story" : "stories"} imported${how.length > 0 ? ` (${how.join(", ")})` : ""}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}.`;
  }
}
