import { type EntryArticles, type Listings, linkToPeriod, type PeriodLink } from "./listings.ts";
import { type Article, type ArticleLink, type Entry, linkTo } from "./model.ts";

/** How many related stories the "more from" boxes show. */
const moreCount = 5;

/**
 * Give every article its way around the archive: breadcrumbs (year › month › day),
 * the previous and next story in time, and the stories nearest in time from its
 * first topic and from its source. A story appears once on an article's page:
 * the boxes are filled in the page's order (translations, "Check also",
 * previous and next, more on the topic, more from the source), and a story
 * an earlier box shows is left out of the later ones, which take the next
 * candidate instead. One pass per list; articles are newest first.
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
  const more = (entry: Entry | undefined, article: Article, shown: Set<string>) => {
    if (!entry) return undefined;
    const list = entryArticles[entry.kind].get(entry.slug)?.articles ?? [];
    const nearby = nearest(list, positionIn(list, article), moreCount, (item) => shown.has(item.url)).map(linkOf);
    for (const link of nearby) shown.add(link.url);
    return nearby.length > 0 ? { entry, articles: nearby } : undefined;
  };
  /** The first article from `index` on, stepping by `step`, that no box shows yet. */
  const firstNotShown = (index: number, step: 1 | -1, shown: Set<string>): ArticleLink | undefined => {
    for (let at = index; at >= 0 && at < articles.length; at += step) {
      const candidate = articles[at] as Article;
      if (!shown.has(candidate.url)) {
        shown.add(candidate.url);
        return linkOf(candidate);
      }
    }
    return undefined;
  };

  articles.forEach((article, index) => {
    const { year, month, day } = article.day;
    article.breadcrumbs = [
      periods.get(`year:${year}`),
      periods.get(`month:${year}/${month}`),
      periods.get(`day:${year}/${month}/${day}`),
    ].filter((period): period is PeriodLink => period !== undefined);
    const shown = new Set<string>([article.url, ...article.translations.map((version) => version.url)]);
    article.related = article.related.filter((link) => {
      if (link.kind !== "article") return true;
      if (shown.has(link.url)) return false;
      shown.add(link.url);
      return true;
    });
    article.previous = firstNotShown(index + 1, 1, shown);
    article.next = firstNotShown(index - 1, -1, shown);
    article.moreFromTopic = more(article.topics[0], article, shown);
    article.moreFromSource = more(article.source, article, shown);
  });
}

/**
 * Up to `count` items nearest to `index` in a list (the item itself and those
 * `skip` refuses excluded), taken alternately from either side, returned in
 * list order.
 */
export function nearest<Item>(list: readonly Item[], index: number, count: number, skip: (item: Item) => boolean = () => false): Item[] {
  const picked: number[] = [];
  for (let step = 1; picked.length < count && (index - step >= 0 || index + step < list.length); step++) {
    if (index + step < list.length && !skip(list[index + step] as Item)) picked.push(index + step);
    if (picked.length < count && index - step >= 0 && !skip(list[index - step] as Item)) picked.push(index - step);
  }
  return picked.sort((a, b) => a - b).map((position) => list[position] as Item);
}
