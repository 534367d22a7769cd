import type { SiteConfig } from "../config/site-schema.ts";
import { calendarDay, periodStart } from "./calendar.ts";
import { type Article, type ArticleLink, linkTo } from "./model.ts";
import { type ListingPage, paginate } from "./paginate.ts";
import { onThisDayIndexUrl, onThisDayUrl } from "./urls.ts";

/** A calendar day without its year (13 October), as the "on this day" pages name it. */
export interface DayOfYear {
  kind: "dayOfYear";
  /** `10-13`. */
  key: string;
  month: string;
  day: string;
  url: string;
  /** The day in a leap year, as ISO 8601 in the site's zone: for templates to name it (`13 October`). */
  start: string;
}

/** The stories of one calendar day across the years, newest year first. */
export type OnThisDayPage = ListingPage<Article> & {
  dayOfYear: DayOfYear;
  /** The nearest calendar days before and after it that have stories. */
  previousDay: DayOfYear | undefined;
  nextDay: DayOfYear | undefined;
};

/** Every calendar day that has stories, month by month, with how many. */
export interface OnThisDayIndexPage {
  url: string;
  months: { month: string; start: string; days: (DayOfYear & { count: number })[] }[];
}

/** What the front page shows of the reference date's calendar day: its stories of earlier years. */
export interface OnThisDayTeaser {
  dayOfYear: DayOfYear;
  items: ArticleLink[];
  /** All its stories of earlier years, of which `items` are the newest. */
  total: number;
}

/** A leap year, so that 29 February has a date to be named by. */
const leapYear = "2000";

/** How many stories of earlier years the front page shows for the day. */
const teaserCount = 5;

function dayOfYear(month: string, day: string, timeZone: string): DayOfYear {
  return { kind: "dayOfYear", key: `${month}-${day}`, month, day, url: onThisDayUrl({ month, day }), start: periodStart(`${leapYear}/${month}/${day}`, timeZone) };
}

/**
 * The "on this day" pages: one per calendar day that has stories (at most
 * 366), each listing that day's stories of every year, newest first and cut
 * into pages; the index of those days; and, for the front page, the
 * reference date's stories of earlier years. `articles` are newest first.
 */
export function planOnThisDay(
  articles: readonly Article[],
  site: SiteConfig,
  now: number,
): { pages: OnThisDayPage[]; index: OnThisDayIndexPage; teaser: OnThisDayTeaser | undefined } {
  const byDay = new Map<string, Article[]>();
  for (const article of articles) {
    const key = `${article.day.month}-${article.day.day}`;
    const list = byDay.get(key);
    if (list) list.push(article);
    else byDay.set(key, [article]);
  }
  const keys = [...byDay.keys()].sort();
  const days = keys.map((key) => dayOfYear(key.slice(0, 2), key.slice(3), site.timeZone));
  const pages = days.flatMap((day, index) =>
    paginate(byDay.get(day.key) ?? [], site.pageSize, { kind: "onThisDay", key: day.key, title: day.key, baseUrl: day.url }).map((page) => ({
      ...page,
      dayOfYear: day,
      previousDay: days[index - 1],
      nextDay: days[index + 1],
    })),
  );

  const months: OnThisDayIndexPage["months"] = [];
  for (const day of days) {
    const count = byDay.get(day.key)?.length ?? 0;
    const last = months.at(-1);
    if (last?.month === day.month) last.days.push({ ...day, count });
    else months.push({ month: day.month, start: periodStart(`${leapYear}/${day.month}`, site.timeZone), days: [{ ...day, count }] });
  }

  const today = calendarDay(new Date(now).toISOString(), site.timeZone);
  const earlier = (byDay.get(`${today.month}-${today.day}`) ?? []).filter((article) => article.day.year < today.year);
  const teaser = earlier.length > 0 ? { dayOfYear: dayOfYear(today.month, today.day, site.timeZone), items: earlier.slice(0, teaserCount).map(linkTo), total: earlier.length } : undefined;
  return { pages, index: { url: onThisDayIndexUrl(), months }, teaser };
}

/** The calendar day of the year a dated period falls on: how a day's page links to its "on this day" page. */
export function dayOfYearOf(day: { month: string; day: string }, timeZone: string): DayOfYear {
  return dayOfYear(day.month, day.day, timeZone);
}
