import { DateTime } from "luxon";
import { formatDate } from "../filters/format-date.ts";

/** What the dateline lead is made of: the front matter's place, date, source and language. */
export interface DatelineParts {
  /** Where the story was filed (`Moscow`). */
  place: string;
  /** ISO 8601 publication time. */
  date: string;
  /** Agency or publication (`SANA`). */
  source: string;
  /** Language of the article. */
  lang: string;
}

// Associated Press style, as English-language wire copy writes months.
const apMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/**
 * The day a dateline lead shows for a date: the day the copy states, the date's
 * day at the offset it is written with (a story dated `2015-10-13T21:00:00-05:00`
 * and filed from New York reads `Oct. 13`, whatever the site's zone). A date in
 * UTC (`Z`) names no place, so its day is the day in `timeZone`, the one the
 * article's URL carries.
 */
export function datelineDay(date: string, timeZone: string): DateTime {
  const written = DateTime.fromISO(date, { setZone: true });
  return written.offset === 0 ? written.setZone(timeZone) : written;
}

/**
 * The wire-style lead that opens a story: `MOSCOW, Oct. 13 (SANA) —`, on the
 * day `datelineDay` gives. The month and punctuation follow the article's language.
 */
export function formatDatelineLead({ place, date, source, lang }: DatelineParts, timeZone: string): string {
  const local = datelineDay(date, timeZone);
  const language = new Intl.Locale(lang).language;
  const day = language === "en" ? `${apMonths[local.month - 1]} ${local.day}` : formatDate(`${local.toISODate()}T12:00:00Z`, lang, "UTC", "day");
  const comma = language === "ar" || language === "fa" || language === "ur" ? "،" : ",";
  return `${place.toLocaleUpperCase(lang)}${comma} ${day} (${source}) —`;
}
