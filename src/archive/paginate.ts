import { paged } from "./urls.ts";

/** One page of a listing, with everything its navigation needs. */
export interface ListingPage<Item> {
  /** What is listed: `latest`, `topic`, `year`… */
  kind: string;
  /** Which one of its kind: a topic's slug, `2015/10`; empty for the single listing of a kind. */
  key: string;
  /** Heading of the listing. */
  title: string;
  url: string;
  /** 1-based; page 1 holds the newest items. */
  pageNumber: number;
  pageCount: number;
  /** Items in the whole listing, across its pages. */
  total: number;
  items: Item[];
  firstUrl: string;
  lastUrl: string;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
  /** Links to the pages around this one (at most three either side), for numbered navigation. */
  nearbyPages: { number: number; url: string }[];
}

/** Pages shown either side of the current one in numbered navigation. */
const nearbySpan = 3;

/**
 * Cut a listing into pages of `pageSize`, newest first: page 1 is `baseUrl`,
 * page N is `baseUrl/page/N/`. An empty listing still has its first page.
 */
export function paginate<Item>(
  items: readonly Item[],
  pageSize: number,
  listing: { kind: string; key: string; title: string; baseUrl: string },
): ListingPage<Item>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const urlOf = (page: number) => paged(listing.baseUrl, page);
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      kind: listing.kind,
      key: listing.key,
      title: listing.title,
      url: urlOf(pageNumber),
      pageNumber,
      pageCount,
      total: items.length,
      items: items.slice(index * pageSize, pageNumber * pageSize),
      firstUrl: urlOf(1),
      lastUrl: urlOf(pageCount),
      previousUrl: pageNumber > 1 ? urlOf(pageNumber - 1) : undefined,
      nextUrl: pageNumber < pageCount ? urlOf(pageNumber + 1) : undefined,
      nearbyPages: Array.from(
        { length: Math.min(pageCount, pageNumber + nearbySpan) - Math.max(1, pageNumber - nearbySpan) + 1 },
        (_, offset) => {
          const number = Math.max(1, pageNumber - nearbySpan) + offset;
          return { number, url: urlOf(number) };
        },
      ),
    };
  });
}
