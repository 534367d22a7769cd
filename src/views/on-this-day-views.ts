import type { Article } from "../archive/model.ts";
import type { OnThisDayIndexPage, OnThisDayPage } from "../archive/on-this-day.ts";
import { formatDate } from "../filters/format-date.ts";
import { periodName } from "../filters/period-name.ts";
import { formatNumber } from "../filters/translate.ts";
import { namedPeriods, type PeriodHeader } from "./period-views.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** The stories of one calendar day, grouped by year, newest first. */
export interface OnThisDayView {
  head: PageHead;
  header: PeriodHeader;
  years: { year: string; items: Article[] }[];
}

/** Every calendar day with stories, month by month. */
export interface OnThisDayIndexView {
  head: PageHead;
  heading: string;
  months: { name: string; days: { name: string; url: string; count: string }[] }[];
}

export function onThisDayView(page: OnThisDayPage, context: ViewContext): OnThisDayView {
  const { site, t } = context;
  const day = periodName(page.dayOfYear, site.language, site.timeZone);
  const name = t("onThisDay.heading", site.language, { day });
  const years: OnThisDayView["years"] = [];
  for (const item of page.items) {
    const year = formatDate(item.published, site.language, site.timeZone, "year");
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return {
    head: pageHead({ name, pageNumber: page.pageNumber, description: t("onThisDay.description", site.language, { day }) }, context),
    header: {
      name,
      count: page.total === undefined ? undefined : t("count.articles", site.language, { count: page.total }),
      crumbs: [],
      earlier: page.previousDay && namedPeriods([page.previousDay], context)[0],
      later: page.nextDay && namedPeriods([page.nextDay], context)[0],
    },
    years,
  };
}

export function onThisDayIndexView(page: OnThisDayIndexPage, context: ViewContext): OnThisDayIndexView {
  const { site, t } = context;
  const heading = t("onThisDay.indexHeading");
  return {
    head: pageHead({ name: heading, description: t("onThisDay.indexDescription") }, context),
    heading,
    months: page.months.map((month) => ({
      name: formatDate(month.start, site.language, site.timeZone, "monthName"),
      days: month.days.map((day) => ({ name: periodName(day, site.language, site.timeZone), url: day.url, count: formatNumber(day.count, site.language) })),
    })),
  };
}
