import { type DateStyle, formatDate } from "./format-date.ts";

const styleOf: Record<"year" | "month" | "day", DateStyle> = { year: "year", month: "month", day: "date" };

/** `2015`, `October 2015`, `October 13, 2015`: a year, month or day as readers say it. */
export function periodName(period: { kind: "year" | "month" | "day"; start: string }, lang: string, timeZone: string): string {
  return formatDate(period.start, lang, timeZone, styleOf[period.kind]);
}
