import { isDateOnly } from "../content/article-date.ts";

export type DateStyle = "date" | "datetime" | "month" | "monthName" | "year" | "day" | "dayMonth";

const styles: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  /** 13 October 2015 */
  date: { year: "numeric", month: "long", day: "numeric" },
  /** 13 October 2015 at 14:05 GMT+3 */
  datetime: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
  /** October 2015 */
  month: { year: "numeric", month: "long" },
  /** October */
  monthName: { month: "long" },
  /** 2015 */
  year: { year: "numeric" },
  /** 13 Oct */
  day: { month: "short", day: "numeric" },
  /** 13 October */
  dayMonth: { month: "long", day: "numeric" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
// An archive shows each date on many pages (listings, "more from" boxes): format it once.
const formatted = new Map<string, string>();

/**
 * A date for readers, in the reader-facing language of the page and in the
 * site's time zone: the same calendar day as the article's URL. A date
 * written without a time is shown as a date, even where a time would be.
 */
export function formatDate(iso: string, lang: string, timeZone: string, requested: DateStyle = "date"): string {
  const style = requested === "datetime" && isDateOnly(iso) ? "date" : requested;
  const key = `${lang}|${timeZone}|${style}`;
  const memo = `${key}|${iso}`;
  let text = formatted.get(memo);
  if (text === undefined) {
    let formatter = formatters.get(key);
    if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(lang, { ...styles[style], timeZone })));
    // Article dates are ISO 8601 with an offset, which Date parses exactly (and fast).
    formatted.set(memo, (text = formatter.format(new Date(iso))));
  }
  return text;
}
