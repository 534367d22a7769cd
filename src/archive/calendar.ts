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
