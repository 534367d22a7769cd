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
 * The wire-style lead that opens a story: `MOSCOW, Oct. 13 (SANA) —`.
 * The day is the day in `timeZone`, the same day the article's URL carries;
 * the month and punctuation follow the article's language.
 */
export function formatDatelineLead({ place, date, source, lang }: DatelineParts, timeZone: string): string {
  const local = DateTime.fromISO(date, { setZone: true }).setZone(timeZone);
  const language = new Intl.Locale(lang).language;
  const day = language === "en" ? `${apMonths[local.month - 1]} ${local.day}` : formatDate(date, lang, timeZone, "day");
  const comma = language === "ar" || language === "fa" || language === "ur" ? "،" : ",";
  return `${place.toLocaleUpperCase(lang)}${comma} ${day} (${source}) —`;
}
