import { DateTime } from "luxon";

/** A calendar day in the site's zone, zero-padded: `{ year: "2015", month: "10", day: "13" }`. */
export interface CalendarDay {
  year: string;
  month: string;
  day: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The day an instant falls on in `timeZone`: the day its URL and listings use.
 * `iso` carries its offset (as article dates always do), so `Date.parse` reads
 * the instant exactly; the zone's own rules (summer time included) do the rest.
 */
export function calendarDay(iso: string, timeZone: string): CalendarDay {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(Date.parse(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? "";
  return { year: part("year").padStart(4, "0"), month: part("month"), day: part("day") };
}

const starts = new Map<string, string>();

/**
 * The first moment of a year, month or day (`2015`, `2015/10`, `2015/10/13`)
 * in `timeZone`, as ISO 8601 with its offset. Remembered: an archive asks for
 * the same few thousand periods at every planning.
 */
export function periodStart(key: string, timeZone: string): string {
  const id = `${timeZone}\0${key}`;
  let start = starts.get(id);
  if (start === undefined) {
    const [year, month, day] = key.split("/");
    start = DateTime.fromObject({ year: Number(year), month: Number(month ?? 1), day: Number(day ?? 1) }, { zone: timeZone }).toISO({ suppressMilliseconds: true }) as string;
    starts.set(id, start);
  }
  return start;
}

/** The start of the day after the one `now` (epoch ms) falls on in `timeZone`, as epoch ms. */
export function nextDayStart(now: number, timeZone: string): number {
  return DateTime.fromMillis(now, { zone: timeZone }).startOf("day").plus({ days: 1 }).toMillis();
}
