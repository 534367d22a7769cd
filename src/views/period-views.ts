import type { CalendarPage, Listing, Period, PeriodLink, YearPage } from "../archive/listings.ts";
import { periodStart } from "../archive/calendar.ts";
import type { DayOfYear } from "../archive/on-this-day.ts";
import { periodUrl } from "../archive/urls.ts";
import { formatDate } from "../filters/format-date.ts";
import { periodName } from "../filters/period-name.ts";
import { formatNumber } from "../filters/translate.ts";
import { type CalendarGrid, calendarGrid } from "./calendar-grid.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** A link with the name readers see. */
export interface NamedLink {
  name: string;
  url: string;
}

/** The header every dated page shares: breadcrumbs, its name and count, and the nearest periods. */
export interface PeriodHeader {
  name: string;
  /** How many stories the period has (not on a listing's numbered pages, which stay as they are). */
  count: string | undefined;
  /** Year › month › day after Home, this page last (empty for pages outside the calendar). */
  crumbs: NamedLink[];
  earlier: NamedLink | undefined;
  later: NamedLink | undefined;
}

/** Periods (and days of the year) as links named as readers say them. */
export function namedPeriods(periods: readonly (PeriodLink | DayOfYear)[], { site }: ViewContext): NamedLink[] {
  return periods.map((period) => ({ name: periodName(period, site.language, site.timeZone), url: period.url }));
}

function named(period: PeriodLink | DayOfYear | undefined, context: ViewContext): NamedLink | undefined {
  return period && namedPeriods([period], context)[0];
}

/** A month's or a day's page: its header, a month's calendar, and a day's link to the same day in other years. */
export interface PeriodView {
  head: PageHead;
  header: PeriodHeader;
  /** On a month's first page: its days as a calendar. */
  calendar: CalendarGrid | undefined;
  /** On a day's page: the stories of this calendar day in every year. */
  onThisDay: { url: string; text: string } | undefined;
}

/** A year's page: its header, and its twelve months as small calendars. */
export interface YearView {
  head: PageHead;
  header: PeriodHeader;
  calendars: CalendarGrid[];
}

/** The date archive's front page: every year with its months. */
export interface CalendarView {
  head: PageHead;
  heading: string;
  /** Each year with its count in words, and its months by name with their counts as numbers. */
  years: { name: string; url: string; count: string; months: { name: string; url: string; count: string }[] }[];
}

/** A period's numbered pages know it as a link, without its count: they stay as they are while it grows. */
function header(period: Period | PeriodLink, ancestors: readonly PeriodLink[], earlier: PeriodLink | undefined, later: PeriodLink | undefined, context: ViewContext): PeriodHeader {
  const { site, t } = context;
  return {
    name: periodName(period, site.language, site.timeZone),
    count: "count" in period ? t("count.articles", site.language, { count: period.count }) : undefined,
    crumbs: namedPeriods([...ancestors, period], context),
    earlier: named(earlier, context),
    later: named(later, context),
  };
}

export function periodView(listing: Listing, context: ViewContext): PeriodView {
  const { site, t } = context;
  const { period, ancestors = [], previousPeriod, nextPeriod, children, dayOfYear } = listing.context;
  if (!period) throw new Error(`The listing at \`${listing.url}\` is not a month's or a day's.`);
  const top = header(period, ancestors, previousPeriod, nextPeriod, context);
  const month = period.kind === "month" && listing.front && children ? calendarGrid({ key: period.key, caption: top.name, url: undefined, count: undefined }, children, site.language, t) : undefined;
  return {
    head: pageHead({ name: top.name, pageNumber: listing.pageNumber, description: "count" in period ? t("period.description", site.language, { count: period.count, period: top.name }) : top.name }, context),
    header: top,
    calendar: month,
    onThisDay: dayOfYear && { url: dayOfYear.url, text: t("onThisDay.link", site.language, { day: periodName(dayOfYear, site.language, site.timeZone) }) },
  };
}

export function yearView(year: YearPage, context: ViewContext): YearView {
  const { site, t } = context;
  const top = header(year.period, [], year.previousPeriod, year.nextPeriod, context);
  const months = new Map(year.months.map((month) => [month.key, month]));
  const calendars = Array.from({ length: 12 }, (_, index) => {
    const key = `${year.period.key}/${String(index + 1).padStart(2, "0")}`;
    const month = months.get(key);
    const name = periodName({ kind: "month", start: month?.start ?? periodStart(key, site.timeZone) }, site.language, site.timeZone);
    const days = year.days.filter((day) => day.key.startsWith(`${key}/`));
    return calendarGrid({ key, caption: name, url: month ? periodUrl({ year: year.period.key, month: key.slice(5) }) : undefined, count: month?.count }, days, site.language, t);
  });
  return {
    head: pageHead({ name: top.name, description: t("period.description", site.language, { count: year.period.count, period: top.name }) }, context),
    header: top,
    calendars,
  };
}

export function calendarView(page: CalendarPage, context: ViewContext): CalendarView {
  const { site, t } = context;
  const heading = t("calendar.heading");
  return {
    head: pageHead({ name: heading }, context),
    heading,
    years: page.years.map((year) => ({
      name: periodName(year, site.language, site.timeZone),
      url: year.url,
      count: t("count.articles", site.language, { count: year.count }),
      months: year.months.map((month) => ({ name: formatDate(month.start, site.language, site.timeZone, "monthName"), url: month.url, count: formatNumber(month.count, site.language) })),
    })),
  };
}
