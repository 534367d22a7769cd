import { DateTime } from "luxon";

export type ParsedDate = { ok: true; iso: string } | { ok: false; reason: string };

/**
 * Read a front-matter date: ISO 8601 (`2015-10-13T14:05:00+03:00`), or with a space
 * between date and time (`2015-10-13 14:05 +03:00`). A date without an offset is
 * read in `timeZone`. The result keeps the offset it was written with. A full
 * calendar date comes first: a time alone, a year or a month is not a date.
 */
export function parseArticleDate(text: string, timeZone: string): ParsedDate {
  const trimmed = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}(?![\d-])/.test(trimmed)) return { ok: false, reason: "it does not start with a full date, year-month-day" };
  const options = { zone: timeZone, setZone: true };
  let date = DateTime.fromISO(trimmed, options);
  if (!date.isValid && /^\d{4}-\d{2}-\d{2} /.test(trimmed)) date = DateTime.fromSQL(trimmed, options);
  if (!date.isValid) return { ok: false, reason: explain(trimmed, date.invalidExplanation) };
  const iso = date.toISO({ suppressMilliseconds: true });
  return iso === null ? { ok: false, reason: "it cannot be written as ISO 8601" } : { ok: true, iso };
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
