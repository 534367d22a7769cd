import type { Listing } from "../archive/listings.ts";
import type { ArticleLink, Person } from "../archive/model.ts";
import { siteLinks } from "../archive/urls.ts";
import { formatDate } from "../filters/format-date.ts";
import { periodName } from "../filters/period-name.ts";
import { formatNumber } from "../filters/translate.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** A link with its count, as a row of chips shows it. */
export interface Chip {
  name: string;
  url: string;
  count: string;
}

/** What a listing page of the latest articles, or of one topic, source, byline or dateline, shows besides its cards. */
export interface ListingView {
  head: PageHead;
  heading: string;
  /** The kind of entry listed, linking to the index of its kind (none for the latest articles). */
  kind: { name: string; url: string } | undefined;
  /** How many stories the listing has: on its front page only, so that numbered pages stay as they are. */
  count: string | undefined;
  /** The feeds offered on the page: the listing's own, or the site's for the latest articles. */
  feeds: { atom: string; json: string } | undefined;
  /** The front page: a lead story and the panel to browse by. */
  front: boolean;
  /** For a byline the authors file describes, on its first page. */
  person: Person | undefined;
  /** For the front page: where to start browsing, as chips (busiest topics and sources, every year). */
  browse: { topics: Chip[]; sources: Chip[]; years: Chip[] } | undefined;
  /** For the front page: the reference date's stories of earlier years. */
  onThisDay: { heading: string; url: string; items: (ArticleLink & { year: string })[]; more: string | undefined } | undefined;
}

export function listingView(listing: Listing, context: ViewContext): ListingView {
  const { site, t } = context;
  const { entry, feeds } = listing.context;
  const heading = entry ? t(`entry.${entry.kind}`, site.language, { name: entry.person?.name ?? entry.name }) : t("latest.heading");
  const count = listing.total === undefined ? undefined : t("count.articles", site.language, { count: listing.total });
  const teaser = listing.context.onThisDay;
  const front = listing.kind === "latest" && listing.front;
  const overview = front ? listing.context.overview : undefined;
  const chip = (name: string, url: string, count: number): Chip => ({ name, url, count: formatNumber(count, site.language) });
  const day = teaser && periodName(teaser.dayOfYear, site.language, site.timeZone);
  return {
    head: pageHead(
      {
        name: entry ? heading : undefined,
        pageNumber: listing.pageNumber,
        description: entry ? [heading, count].filter(Boolean).join(" · ") : undefined,
        feeds,
      },
      context,
    ),
    heading,
    kind: entry && { name: t(`kind.${entry.kind}`), url: entry.indexUrl },
    count,
    feeds: feeds ?? (entry ? undefined : siteLinks().feeds),
    front,
    browse: overview && {
      topics: overview.topics.map((topic) => chip(topic.name, topic.url, topic.count)),
      sources: overview.sources.map((source) => chip(source.name, source.url, source.count)),
      years: overview.years.map((year) => chip(periodName(year, site.language, site.timeZone), year.url, year.count)),
    },
    person: listing.front ? entry?.person : undefined,
    onThisDay:
      teaser && day !== undefined
        ? {
            heading: t("onThisDay.teaser", site.language, { day }),
            url: teaser.dayOfYear.url,
            items: teaser.items.map((item) => ({ ...item, year: formatDate(item.published, site.language, site.timeZone, "year") })),
            more: teaser.total > teaser.items.length ? t("onThisDay.more", site.language, { count: teaser.total, day }) : undefined,
          }
        : undefined,
  };
}
