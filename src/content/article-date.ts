import { DateTime } from "luxon";
import { fieldMessages } from "./catalogue.ts";

/**
 * A date read from front matter. `dateOnly`: it names a day without a time
 * (see `isDateOnly`). `gap`: the local time written does not exist in the
 * zone (clocks went forward), and was read as the next time that does.
 */
export type ParsedDate =
  | { ok: true; iso: string; dateOnly: boolean; gap?: { written: string; readAs: string } }
  | { ok: false; reason: string };

/** Years an archive's dates may fall in: anything else is a slip of the keyboard. */
const firstYear = 1800;
const lastYear = 2199;

/**
 * Read a front-matter date: ISO 8601 (`2015-10-13T14:05:00+03:00`), or with a space
 * between date and time (`2015-10-13 14:05 +03:00`). A date without an offset is
 * read in `timeZone`. The result keeps the offset it was written with. A full
 * calendar date comes first: a time alone, a year or a month is not a date.
 * A day alone (`2015-10-13`) is the start of that day in `timeZone`, and
 * `dateOnly` (the schema keeps it as such, see `asDateOnly`).
 */
export function parseArticleDate(text: string, timeZone: string): ParsedDate {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?![\d-])/.test(trimmed)) return { ok: false, reason: "it does not start with a full date, year-month-day" };
  const options = { zone: timeZone, setZone: true };
  let date = DateTime.fromISO(trimmed, options);
  if (!date.isValid && /^\d{4}-\d{2}-\d{2} /.test(trimmed)) date = DateTime.fromSQL(trimmed, options);
  if (!date.isValid) return { ok: false, reason: explain(trimmed, date.invalidExplanation) };
  if (date.year < firstYear || date.year > lastYear) return { ok: false, reason: fieldMessages.yearOutOfRange(date.year, firstYear, lastYear) };
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
  const iso = (dateOnly ? date.startOf("day") : date).toISO({ suppressMilliseconds: true });
  if (iso === null) return { ok: false, reason: "it cannot be written as ISO 8601" };
  const gap = dateOnly ? undefined : skippedTime(trimmed, date);
  return gap ? { ok: true, iso, dateOnly, gap } : { ok: true, iso, dateOnly };
}

/**
 * A day's start as an article keeps a date written without a time: to the
 * minute, without seconds (`2015-10-13T00:00+03:00`), which no date written
 * with a time has. Pages show it as a date; it is still an exact instant.
 */
export function asDateOnly(iso: string): string {
  return iso.replace(/(T\d{2}:\d{2}):00(?=Z|[+-])/, "$1");
}

/** Whether an article's date names a day only (see `asDateOnly`). */
export function isDateOnly(iso: string): boolean {
  return /T\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
}

/** A date as `parseArticleDate` writes it, with seconds even for a date only, as RFC 3339 requires: `2026-12-03T00:00:00+02:00`. */
export function withSeconds(iso: string): string {
  return isDateOnly(iso) ? iso.replace(/(T\d{2}:\d{2})/, "$1:00") : iso;
}

/** The local time written, and the one it was read as, when the zone skipped it (written without an offset). */
function skippedTime(written: string, date: DateTime): { written: string; readAs: string } | undefined {
  const time = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?$/.exec(written);
  if (!time) return undefined;
  if (date.hour === Number(time[1]) && date.minute === Number(time[2])) return undefined;
  return { written, readAs: date.toFormat("yyyy-MM-dd'T'HH:mm") };
}

function explain(text: string, luxonExplanation: string | null): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (parts) {
    const [, year, month, day] = parts.map(Number) as [number, number, number, number];
    const monthStart = DateTime.fromObject({ year, month, day: 1 }, { zone: "UTC" });
    if (month < 1 || month > 12) return `there is no month ${month}`;
    if (monthStart.isValid && monthStart.daysInMonth !== undefined && day > monthStart.daysInMonth) {
      return `${monthStart.toFormat("LLLL yyyy", { locale: "en" })} has ${monthStart.daysInMonth} days`;
    }
  }
  return luxonExplanation ?? "it is not an ISO 8601 date";
}

/**
 * The instant of a date as `parseArticleDate` writes it, for sorting. Those
 * strings always carry an offset (or `Z`), which `Date.parse` reads exactly,
 * and far faster than a full ISO 8601 parser.
 */
export function epochMillis(iso: string): number {
  return Date.parse(iso);
}

/** The latest of some times as `parseArticleDate` writes them, as written (with its offset); undefined for none. */
export function latestTime(times: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  let latestMs = -Infinity;
  for (const time of times) {
    if (time === undefined) continue;
    const ms = epochMillis(time);
    if (ms > latestMs) [latest, latestMs] = [time, ms];
  }
  return latest;
}
