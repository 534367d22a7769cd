import { DateTime } from "luxon";

/** A calendar day in the site's zone, zero-padded: `{ year: "2015", month: "10", day: "13" }`. */
export interface CalendarDay {
  year: string;
  month: string;
  day: string;
}

/** The day an instant falls on in `timeZone`: the day its URL and listings use. */
export function calendarDay(iso: string, timeZone: string): CalendarDay {
  const local = DateTime.fromISO(iso, { setZone: true }).setZone(timeZone);
  return { year: local.toFormat("yyyy"), month: local.toFormat("LL"), day: local.toFormat("dd") };
}
