import type { HeldBack } from "../archive/model.ts";
import type { HeldBackCount } from "../build/build-site.ts";
import { plural } from "../content/report.ts";
import { formatDate } from "../filters/format-date.ts";

/** A time as the commands print it: in the site's zone, with the zone's offset. */
function releaseTime(iso: string, timeZone: string): string {
  return formatDate(iso, "en", timeZone, "datetime");
}

/**
 * The line after a build's summary: what it left out of the site, when the
 * next embargo lifts, and how many warnings the content has. Nothing leaves
 * the newsroom, or stays in it, without the build saying so.
 */
export function heldBackLine({ drafts, embargoed, nextRelease }: HeldBackCount, warnings: number, timeZone: string): string {
  const held = [...(drafts > 0 ? [plural(drafts, "draft")] : []), ...(embargoed > 0 ? [`${embargoed.toLocaleString("en")} embargoed`] : [])];
  const release = nextRelease === undefined ? "" : ` (the next goes live at the first build after ${releaseTime(nextRelease, timeZone)})`;
  const heldText = held.length === 0 ? "Nothing held back" : `Held back: ${held.join(" and ")}${release}`;
  return `${heldText}; ${warnings === 0 ? "no warnings" : `${plural(warnings, "warning")} (listed above)`}.`;
}

/** One line per story held back, for `validate`: why, and when an embargoed one goes live. */
export function heldBackReport({ drafts, embargoed }: HeldBack, timeZone: string): string[] {
  return [
    ...drafts.map((story) => `${story.file}: a draft, left out until \`draft: true\` is removed.`),
    ...embargoed.map((story) => `${story.file}: embargoed; it goes live at the first build after ${releaseTime(story.published, timeZone)}.`),
  ];
}
