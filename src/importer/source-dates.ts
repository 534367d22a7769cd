import { DateTime } from "luxon";

/**
 * A date as a file writes it, in ISO 8601's extended form with the offset it
 * states (none when it states none): NITF's `20151013T140500+0300` →
 * `2015-10-13T14:05:00+03:00`; an extended ISO date is kept as written.
 * Undefined when it is no date.
 */
export function isoDate(text: string | undefined): string | undefined {
  const value = text?.trim() ?? "";
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/iu.exec(value);
  const written = compact
    ? `${compact[1]}-${compact[2]}-${compact[3]}${compact[4] === undefined ? "" : `T${compact[4]}:${compact[5]}:${compact[6] ?? "00"}${offset(compact[7])}`}`
    : value;
  return /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu.test(written) ? written.replace(" ", "T") : undefined;
}

function offset(text: string | undefined): string {
  if (text === undefined || text.toUpperCase() === "Z") return text?.toUpperCase() ?? "";
  return text.includes(":") ? text : `${text.slice(0, 3)}:${text.slice(3)}`;
}

/**
 * A WordPress post's date with the offset its site had: WordPress keeps the
 * local time (`post_date`) and the same moment in UTC (`post_date_gmt`), so the
 * offset is their difference. Without a UTC time (drafts), the local time
 * alone, which the importer reads in `--zone`.
 */
export function wordpressDate(local: string | undefined, utc: string | undefined): string | undefined {
  const at = (text: string | undefined) => (text === undefined || text.startsWith("0000") ? undefined : DateTime.fromSQL(text.trim(), { zone: "UTC" }));
  const localTime = at(local);
  if (localTime === undefined || !localTime.isValid) return undefined;
  const written = localTime.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  const utcTime = at(utc);
  if (utcTime === undefined || !utcTime.isValid) return written;
  const minutes = Math.round(localTime.diff(utcTime, "minutes").minutes);
  if (Math.abs(minutes) > 14 * 60) return written;
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${written}${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

/**
 * When an agency item is published: when it was created, or the end of its
 * embargo when that is later (the build holds it back until then), with a note
 * saying so. Dates without an offset are compared as if in UTC.
 */
export function publicationTime(created: string | undefined, embargo: string | undefined): { date?: string; notes: string[] } {
  const instant = (text: string) => DateTime.fromISO(text, { zone: "UTC" }).toMillis();
  if (embargo === undefined || (created !== undefined && instant(embargo) <= instant(created))) return { ...(created === undefined ? {} : { date: created }), notes: [] };
  return { date: embargo, notes: [`embargoed until ${embargo}: that is its publication date, and it stays off the site until a build after it`] };
}
