import { type DateStyle, formatDate } from "./format-date.ts";

const styleOf: Record<"year" | "month" | "day" | "dayOfYear", DateStyle> = { year: "year", month: "month", day: "date", dayOfYear: "dayMonth" };

/** `2015`, `October 2015`, `October 13, 2015`, `October 13` (a day of every year): a period as readers say it. */
export function periodName(period: { kind: keyof typeof styleOf; start: string }, lang: string, timeZone: string): string {
  return formatDate(period.start, lang, timeZone, styleOf[period.kind]);
}
