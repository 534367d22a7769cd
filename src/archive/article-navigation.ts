import { type EntryArticles, type Listings, linkToPeriod, type PeriodLink } from "./listings.ts";
import { type Article, type ArticleLink, type Entry, linkTo } from "./model.ts";

/** How many related stories the "more from" boxes show. */
const moreCount = 5;

/**
 * Give every article its way around the archive: breadcrumbs (year › month › day),
 * the previous and next story in time, and the stories nearest in time from its
 * first topic and from its source. One pass per list; articles are newest first.
 */
export function attachNavigation(articles: Article[], listings: Listings, entryArticles: EntryArticles): void {
  const periods = new Map<string, PeriodLink>();
  const allPeriods = [
    ...listings.year.map((year) => year.period),
    ...listings.month.map((page) => page.context.period),
    ...listings.day.map((page) => page.context.period),
  ];
  for (const period of allPeriods) {
    if (period) periods.set(`${period.kind}:${period.key}`, linkToPeriod(period));
  }
  const links = new Map<Article, ArticleLink>();
  const linkOf = (article: Article): ArticleLink => {
    let link = links.get(article);
    if (!link) links.set(article, (link = linkTo(article)));
    return link;
  };
  const positions = new Map<Article[], Map<Article, number>>();
  const positionIn = (list: Article[], article: Article): number => {
    let index = positions.get(list);
    if (!index) positions.set(list, (index = new Map(list.map((item, position) => [item, position]))));
    return index.get(article) ?? -1;
  };
  const more = (entry: Entry | undefined, article: Article) => {
    if (!entry) return undefined;
    const list = entryArticles[entry.kind].get(entry.slug)?.articles ?? [];
    const nearby = nearest(list, positionIn(list, article), moreCount).map(linkOf);
    return nearby.length > 0 ? { entry, articles: nearby } : undefined;
  };

  articles.forEach((article, index) => {
    const { year, month, day } = article.day;
    article.breadcrumbs = [
      periods.get(`year:${year}`),
      periods.get(`month:${year}/${month}`),
      periods.get(`day:${year}/${month}/${day}`),
    ].filter((period): period is PeriodLink => period !== undefined);
    const older = articles[index + 1];
    const newer = articles[index - 1];
    article.previous = older ? linkOf(older) : undefined;
    article.next = newer ? linkOf(newer) : undefined;
    article.moreFromTopic = more(article.topics[0], article);
    article.moreFromSource = more(article.source, article);
  });
}

/**
 * Up to `count` items nearest to `index` in a list (the item itself excluded),
 * taken alternately from either side, returned in list order.
 */
export function nearest<Item>(list: readonly Item[], index: number, count: number): Item[] {
  const picked: number[] = [];
  for (let step = 1; picked.length < count && (index - step >= 0 || index + step < list.length); step++) {
    if (index + step < list.length) picked.push(index + step);
    if (picked.length < count && index - step >= 0) picked.push(index - step);
  }
  return picked.sort((a, b) => a - b).map((position) => list[position] as Item);
}
