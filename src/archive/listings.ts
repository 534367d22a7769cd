import type { SiteConfig } from "../config/site-schema.ts";
import { periodStart } from "./calendar.ts";
import { compareText } from "../content/problems.ts";
import { type EntryKind, entryKindNames, entryKinds, perEntryKind } from "./entry-kinds.ts";
import { type Article, type Entry, entriesOf } from "./model.ts";
import { type DayOfYear, dayOfYearOf, type OnThisDayTeaser } from "./on-this-day.ts";
import { type ListingPage, paginate } from "./paginate.ts";
import { calendarUrl, entryIndexUrl, entryRankingUrl, feedUrl, latestUrl, periodUrl } from "./urls.ts";

/** An entry (topic, source, byline, dateline) with how many articles carry it. */
export interface EntryCount extends Entry {
  count: number;
}

/** Entries of one initial, for the A–Z index. */
export interface LetterGroup {
  letter: string;
  entries: EntryCount[];
}

/** The index of one kind of entry: A–Z (grouped by initial) or busiest first. */
export interface EntryIndexPage {
  kind: EntryKind;
  order: "alphabetical" | "busiest";
  url: string;
  /** The same index in the other order. */
  otherUrl: string;
  entries: EntryCount[];
  /** Only for the A–Z order. */
  groups: LetterGroup[];
}

export type PeriodKind = "year" | "month" | "day";

/** A link to a year, month or day: what breadcrumbs and period navigation show. */
export interface PeriodLink {
  kind: PeriodKind;
  /** `2015`, `2015/10`, `2015/10/13`. */
  key: string;
  url: string;
  /** Its first moment in the site's time zone (ISO 8601), for templates to format. */
  start: string;
}

/** A year, month or day that has articles, with how many. */
export interface Period extends PeriodLink {
  count: number;
}

/**
 * A period as a link, without its count: a page that only links to a period
 * does not change when the period gains an article (see `pageSignatures`).
 */
export function linkToPeriod({ kind, key, url, start }: PeriodLink): PeriodLink {
  return { kind, key, url, start };
}

/** The archive at a glance, for the front page: where to start browsing. */
export interface Overview {
  /** The busiest topics, most articles first. */
  topics: EntryCount[];
  /** Every source, most articles first. */
  sources: EntryCount[];
  /** Every year, newest first. */
  years: Period[];
}

/**
 * What a listing page knows besides its items. What changes with every new
 * article (counts, the archive at a glance) is given to the front page only,
 * so that numbered pages stay as they are (see `paginate`).
 */
export interface ListingContext {
  /** For the latest articles' front page: the archive at a glance. */
  overview?: Overview;
  /** The entry listed, for topic, source, byline and dateline listings. */
  entry?: Entry;
  /** The listing's own feeds (entries of the kinds that have them). */
  feeds?: { atom: string; json: string };
  /** The period listed, for month and day listings: with its count on the front page, a link elsewhere. */
  period?: Period | PeriodLink;
  /** The enclosing periods, outermost first (a day's year and month). */
  ancestors?: PeriodLink[];
  /** The nearest earlier and later periods of the same kind that have articles. */
  previousPeriod?: PeriodLink | undefined;
  nextPeriod?: PeriodLink | undefined;
  /** A month's days that have articles, in order (on the front page). */
  children?: Period[];
  /** For a day: its calendar day across the years. */
  dayOfYear?: DayOfYear;
  /** For the front page: the stories of the reference date's calendar day in earlier years. */
  onThisDay?: OnThisDayTeaser;
}

export type Listing = ListingPage<Article> & { context: ListingContext };

/** A year page: its months and days with counts, and the years around it. */
export interface YearPage {
  period: Period;
  months: Period[];
  /** Its days that have articles, in order. */
  days: Period[];
  previousPeriod: PeriodLink | undefined;
  nextPeriod: PeriodLink | undefined;
  url: string;
}

/** The date archive's front page: all years, newest first, with their months. */
export interface CalendarPage {
  url: string;
  years: (Period & { months: Period[] })[];
}

/** Every index listing of the archive, pre-cut into pages, by kind of page. */
export interface Listings {
  latest: Listing[];
  topic: Listing[];
  source: Listing[];
  byline: Listing[];
  dateline: Listing[];
  entryIndex: EntryIndexPage[];
  year: YearPage[];
  month: Listing[];
  day: Listing[];
  calendar: CalendarPage[];
}

/** Each entry with its articles (newest first), by kind and slug. */
export type EntryArticles = Record<EntryKind, Map<string, { entry: Entry; articles: Article[] }>>;

/**
 * Plan every listing in one pass over the articles (newest first), with maps:
 * the cost grows with the number of articles, not with articles × topics.
 */
export function planListings(articles: readonly Article[], site: SiteConfig): { listings: Listings; entryArticles: EntryArticles } {
  const byEntry: EntryArticles = perEntryKind(() => new Map());
  const byYear = new Map<string, Article[]>();
  const byMonth = new Map<string, Article[]>();
  const byDay = new Map<string, Article[]>();
  const add = <Key>(map: Map<Key, Article[]>, key: Key, article: Article) => {
    const list = map.get(key);
    if (list) list.push(article);
    else map.set(key, [article]);
  };

  for (const article of articles) {
    for (const entry of entriesOf(article)) {
      const group = byEntry[entry.kind].get(entry.slug);
      if (group) group.articles.push(article);
      else byEntry[entry.kind].set(entry.slug, { entry, articles: [article] });
    }
    const { year, month, day } = article.day;
    add(byYear, year, article);
    add(byMonth, `${year}/${month}`, article);
    add(byDay, `${year}/${month}/${day}`, article);
  }

  const pageSize = site.pageSize;
  const entryListings = (kind: EntryKind): Listing[] =>
    [...byEntry[kind].values()]
      .sort((a, b) => compareText(a.entry.slug, b.entry.slug))
      .flatMap(({ entry, articles: listed }) =>
        withContext(paginate(listed, pageSize, { kind, key: entry.slug, title: entry.name, baseUrl: entry.url }), {
          entry,
          ...(entryKinds[kind].feeds ? { feeds: { atom: feedUrl(entry.url, "atom"), json: feedUrl(entry.url, "json") } } : {}),
        }),
      );

  const periods = planPeriods({ byYear, byMonth, byDay }, site.timeZone);
  const months = periods.months.flatMap((period, index) => {
    const around = {
      ancestors: [linkToPeriod(periods.yearOf(period))],
      previousPeriod: linkAt(periods.months, index - 1),
      nextPeriod: linkAt(periods.months, index + 1),
    };
    return withContext(
      paginate(byMonth.get(period.key) ?? [], pageSize, { kind: "month", key: period.key, title: period.key, baseUrl: period.url }),
      { ...around, period, children: periods.daysOf(period) },
      { ...around, period: linkToPeriod(period) },
    );
  });
  const days = periods.days.flatMap((period, index) => {
    const around = {
      ancestors: [linkToPeriod(periods.yearOf(period)), linkToPeriod(periods.monthOf(period))],
      previousPeriod: linkAt(periods.days, index - 1),
      nextPeriod: linkAt(periods.days, index + 1),
      dayOfYear: dayOfYearOf({ month: period.key.slice(5, 7), day: period.key.slice(8) }, site.timeZone),
    };
    return withContext(
      paginate(byDay.get(period.key) ?? [], pageSize, { kind: "day", key: period.key, title: period.key, baseUrl: period.url }),
      { ...around, period },
      { ...around, period: linkToPeriod(period) },
    );
  });
  const years = periods.years.map((period, index) => ({
    period,
    months: periods.monthsOf(period),
    days: periods.daysOfYear(period),
    previousPeriod: linkAt(periods.years, index - 1),
    nextPeriod: linkAt(periods.years, index + 1),
    url: period.url,
  }));

  const collator = new Intl.Collator(site.language, { sensitivity: "base", numeric: true });
  const entryIndex = entryKindNames.flatMap((kind) =>
    entryIndexPages(kind, [...byEntry[kind].values()].map(({ entry, articles: listed }) => ({ ...entry, count: listed.length })), collator),
  );


  const ranked = (kind: EntryKind) => entryIndex.find((index) => index.kind === kind && index.order === "busiest")?.entries ?? [];
  const overview: Overview = { topics: ranked("topic").slice(0, 12), sources: ranked("source").slice(0, 12), years: [...periods.years].reverse() };

  const listings: Listings = {
    latest: withContext(paginate(articles, pageSize, { kind: "latest", key: "", title: site.name, baseUrl: latestUrl() }), { overview }, {}),
    topic: entryListings("topic"),
    source: entryListings("source"),
    byline: entryListings("byline"),
    dateline: entryListings("dateline"),
    entryIndex,
    year: years,
    month: months,
    day: days,
    calendar: [
      {
        url: calendarUrl(),
        years: [...periods.years].reverse().map((year) => ({ ...year, months: periods.monthsOf(year) })),
      },
    ],
  };
  return { listings, entryArticles: byEntry };
}

function linkAt(periods: readonly Period[], index: number): PeriodLink | undefined {
  const period = periods[index];
  return period && linkToPeriod(period);
}

/** Listing pages with what they know besides their items: the front page its own, the numbered pages theirs (the same when not given). */
function withContext(pages: ListingPage<Article>[], front: ListingContext, numbered = front): Listing[] {
  return pages.map((page) => ({ ...page, context: page.front ? front : numbered }));
}

/** The A–Z index (grouped by initial, in the site language's order) and the busiest-first index of one kind. */
function entryIndexPages(kind: EntryKind, counted: EntryCount[], collator: Intl.Collator): EntryIndexPage[] {
  const alphabetical = [...counted].sort((a, b) => collator.compare(a.name, b.name) || compareText(a.name, b.name));
  const busiest = [...counted].sort((a, b) => b.count - a.count || collator.compare(a.name, b.name) || compareText(a.name, b.name));
  const groups: LetterGroup[] = [];
  for (const entry of alphabetical) {
    const letter = initial(entry.name);
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  const url = entryIndexUrl(kind);
  const rankingUrl = entryRankingUrl(kind);
  return [
    { kind, order: "alphabetical", url, otherUrl: rankingUrl, entries: alphabetical, groups },
    { kind, order: "busiest", url: rankingUrl, otherUrl: url, entries: busiest, groups: [] },
  ];
}

/** First letter of a name for the A–Z index, `#` for digits and symbols. */
function initial(name: string): string {
  const first = [...name.normalize("NFD")][0] ?? "#";
  return /\p{L}/u.test(first) ? first.toLocaleUpperCase() : "#";
}

/** Years, months and days that have articles, oldest first, with lookups between them. */
function planPeriods(
  groups: { byYear: Map<string, Article[]>; byMonth: Map<string, Article[]>; byDay: Map<string, Article[]> },
  timeZone: string,
) {
  const period = (kind: PeriodKind, key: string, count: number): Period => {
    const [year, month, day] = key.split("/");
    return { kind, key, url: periodUrl({ year: year as string, month, day }), start: periodStart(key, timeZone), count };
  };
  const list = (kind: PeriodKind, map: Map<string, Article[]>) =>
    [...map].map(([key, listed]) => period(kind, key, listed.length)).sort((a, b) => compareText(a.key, b.key));
  const years = list("year", groups.byYear);
  const months = list("month", groups.byMonth);
  const days = list("day", groups.byDay);
  const yearByKey = new Map(years.map((entry) => [entry.key, entry]));
  const monthByKey = new Map(months.map((entry) => [entry.key, entry]));
  // A year's key is the first 4 characters of its months' and days' keys, a month's the first 7 of its days'.
  const childrenOf = (parents: Period[], children: Period[], keyLength: 4 | 7) => {
    const map = new Map<string, Period[]>(parents.map((parent) => [parent.key, []]));
    for (const child of children) map.get(child.key.slice(0, keyLength))?.push(child);
    return (parent: Period) => map.get(parent.key) ?? [];
  };
  return {
    years,
    months,
    days,
    yearOf: (child: Period) => yearByKey.get(child.key.slice(0, 4)) as Period,
    monthOf: (day: Period) => monthByKey.get(day.key.slice(0, 7)) as Period,
    monthsOf: childrenOf(years, months, 4),
    daysOf: childrenOf(months, days, 7),
    daysOfYear: childrenOf(years, days, 4),
  };
}
