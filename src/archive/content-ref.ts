import { calendarDay } from "./calendar.ts";

/**
 * Where a new article goes under the content folder, without `.md`:
 * `2015/10/<slug>`, the year and month of its date in the site's time zone.
 */
export function contentRef(date: string, slug: string, timeZone: string): string {
  const { year, month } = calendarDay(date, timeZone);
  return `${year}/${month}/${slug}`;
}
