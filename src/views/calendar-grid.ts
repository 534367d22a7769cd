import type { Period } from "../archive/listings.ts";
import { formatNumber } from "../filters/translate.ts";
import type { Translate } from "./view-context.ts";

/** A day of a calendar grid: its number, and a link with a count when it has stories. */
export interface CalendarCell {
  /** The day's number, in the language's digits. */
  label: string;
  url: string | undefined;
  /** Its stories, as a number and in words (`3 articles`). */
  count: string | undefined;
  countText: string | undefined;
}

/** A month as a table: a caption, the weekdays in the language's order, and its weeks (blank cells before and after). */
export interface CalendarGrid {
  caption: string;
  /** The month's own page, when it has stories. */
  url: string | undefined;
  countText: string | undefined;
  weekdays: { short: string; long: string }[];
  weeks: (CalendarCell | null)[][];
}

interface LocaleWithWeekInfo extends Intl.Locale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

const firstDays = new Map<string, number>();

/** The day a week starts on in a language's region: 1 for Monday … 7 for Sunday (`en` Sunday, `ar` Saturday, `fr` Monday). */
export function weekStart(lang: string): number {
  let first = firstDays.get(lang);
  if (first === undefined) {
    const locale = new Intl.Locale(lang).maximize() as LocaleWithWeekInfo;
    first = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    firstDays.set(lang, first);
  }
  return first;
}

const weekdays = new Map<string, { short: string; long: string }[]>();

/** The names of the days of the week, short and long, starting on the language's first day. */
export function weekdayNames(lang: string): { short: string; long: string }[] {
  let names = weekdays.get(lang);
  if (!names) weekdays.set(lang, (names = namesOfWeekdays(lang)));
  return names;
}

function namesOfWeekdays(lang: string): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(lang, { weekday: "short", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" });
  const first = weekStart(lang);
  // 1 January 2024 was a Monday: day N of the week (1 = Monday) is 2024-01-N.
  return Array.from({ length: 7 }, (_, offset) => {
    const date = Date.UTC(2024, 0, ((first - 1 + offset) % 7) + 1);
    return { short: short.format(date), long: long.format(date) };
  });
}

/**
 * A month as weeks of days in the language's order, its days with stories
 * linked with their counts. `key` is the month (`2015/10`); `days` are the
 * month's days that have stories.
 */
export function calendarGrid(
  month: { key: string; caption: string; url: string | undefined; count: number | undefined },
  days: readonly Period[],
  lang: string,
  t: Translate,
): CalendarGrid {
  const [year, monthNumber] = month.key.split("/").map(Number) as [number, number];
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  // Weekday of the 1st, 1 = Monday … 7 = Sunday.
  const firstWeekday = ((new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7) + 1;
  const blanks = (firstWeekday - weekStart(lang) + 7) % 7;
  const byDay = new Map(days.map((day) => [Number(day.key.slice(8)), day]));
  const cells: (CalendarCell | null)[] = Array.from<null>({ length: blanks }).fill(null);
  for (let day = 1; day <= length; day++) {
    const period = byDay.get(day);
    cells.push({
      label: formatNumber(day, lang),
      url: period?.url,
      count: period ? formatNumber(period.count, lang) : undefined,
      countText: period ? t("count.articles", lang, { count: period.count }) : undefined,
    });
  }
  while (cells.length % 7 > 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  return {
    caption: month.caption,
    url: month.url,
    countText: month.count === undefined ? undefined : t("count.articles", lang, { count: month.count }),
    weekdays: weekdayNames(lang),
    weeks,
  };
}
