import { pagedUrl } from "./urls.ts";

/** One page of a listing, with everything its navigation needs. */
export interface ListingPage<Item> {
  /** What is listed: `latest`, `topic`, `year`… */
  kind: string;
  /** Which one of its kind: a topic's slug, `2015/10`; empty for the single listing of a kind. */
  key: string;
  /** Heading of the listing. */
  title: string;
  url: string;
  /** The listing's front page, at its own address: its newest items. */
  front: boolean;
  /** A numbered page's number, counted from the oldest page (1); undefined on the front page. */
  pageNumber: number | undefined;
  /** Newest first. */
  items: Item[];
  /** Items in the whole listing: on the front page only, so that older pages do not change with each new item. */
  total: number | undefined;
  /** The front page (the newest items) and the oldest page. */
  newestUrl: string;
  oldestUrl: string;
  /** The next page towards the newest items, and towards the oldest. */
  newerUrl: string | undefined;
  olderUrl: string | undefined;
  /** Numbered pages around this one, newest first, for direct links. */
  nearbyPages: { number: number; url: string }[];
}

/** Numbered pages linked either side of the current one. */
const nearbySpan = 3;

/**
 * Cut a listing (newest first) into a front page and numbered pages that do
 * not shift. The front page, at `baseUrl`, shows the newest `pageSize` items.
 * Older items live on numbered pages counted from the oldest end: page 1 holds
 * the oldest `pageSize` items, page N (`baseUrl/page/N/`) the next, and the
 * highest number the newest, perhaps fewer. A new item changes the front page
 * and the newest numbered page (and starts a new one every `pageSize` items),
 * never the pages before them, so an archive's old pages stay as they are,
 * for readers' links and for caches. A listing that fits on its front page
 * has no numbered pages.
 */
export function paginate<Item>(
  items: readonly Item[],
  pageSize: number,
  listing: { kind: string; key: string; title: string; baseUrl: string },
): ListingPage<Item>[] {
  const numbered = items.length > pageSize ? Math.ceil(items.length / pageSize) : 0;
  const urlOf = (number: number) => pagedUrl(listing.baseUrl, number);
  const oldestUrl = numbered > 0 ? urlOf(1) : listing.baseUrl;
  /** Numbered pages from `high` down to `low`. */
  const between = (high: number, low: number) => {
    const numbers: { number: number; url: string }[] = [];
    for (let number = high; number >= Math.max(1, low); number--) numbers.push({ number, url: urlOf(number) });
    return numbers;
  };
  const base = { kind: listing.kind, key: listing.key, title: listing.title, newestUrl: listing.baseUrl, oldestUrl };
  const front: ListingPage<Item> = {
    ...base,
    url: listing.baseUrl,
    front: true,
    pageNumber: undefined,
    items: items.slice(0, pageSize),
    total: items.length,
    newerUrl: undefined,
    // The front page shows the newest numbered page whole: reading on starts with the one before it.
    olderUrl: numbered > 1 ? urlOf(numbered - 1) : undefined,
    nearbyPages: between(numbered - 1, numbered - 1 - nearbySpan),
  };
  const pages = Array.from({ length: numbered }, (_, index): ListingPage<Item> => {
    const number = index + 1;
    // Counted from the oldest end: page N ends `(N - 1) × pageSize` items before the oldest.
    const end = items.length - (number - 1) * pageSize;
    return {
      ...base,
      url: urlOf(number),
      front: false,
      pageNumber: number,
      items: items.slice(Math.max(0, end - pageSize), end),
      total: undefined,
      newerUrl: number < numbered ? urlOf(number + 1) : listing.baseUrl,
      olderUrl: number > 1 ? urlOf(number - 1) : undefined,
      nearbyPages: between(Math.min(numbered, number + nearbySpan), number - nearbySpan),
    };
  });
  return [front, ...pages.reverse()];
}
