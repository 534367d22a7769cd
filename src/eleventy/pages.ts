import type { UserConfig } from "@11ty/eleventy";

/** A kind of page: which list of the archive it paginates over, and the layout that draws it. */
interface PageKind {
  /** Also the name of the virtual template. */
  name: string;
  /** Path of the page list in the global data. */
  data: string;
  /** Name the layout knows each page by. */
  alias: string;
  layout: string;
}

/** Every kind of page the archive plans; each is one template, however many pages it has. */
const pageKinds: readonly PageKind[] = [
  { name: "article", data: "archive.articles", alias: "article", layout: "article.njk" },
  { name: "latest", data: "archive.listings.latest", alias: "listing", layout: "listing.njk" },
  { name: "topic", data: "archive.listings.topic", alias: "listing", layout: "listing.njk" },
  { name: "source", data: "archive.listings.source", alias: "listing", layout: "listing.njk" },
  { name: "byline", data: "archive.listings.byline", alias: "listing", layout: "listing.njk" },
  { name: "dateline", data: "archive.listings.dateline", alias: "listing", layout: "listing.njk" },
  { name: "entry-index", data: "archive.listings.entryIndexes", alias: "index", layout: "entry-index.njk" },
  { name: "year", data: "archive.listings.years", alias: "year", layout: "year.njk" },
  { name: "month", data: "archive.listings.months", alias: "listing", layout: "period.njk" },
  { name: "day", data: "archive.listings.days", alias: "listing", layout: "period.njk" },
  { name: "calendar", data: "archive.listings.calendar", alias: "calendar", layout: "calendar.njk" },
  { name: "not-found", data: "archive.notFound", alias: "notFound", layout: "not-found.njk" },
];

/**
 * One virtual template per kind of page, paginating one page at a time over
 * the archive's pre-planned list. The page's own `url` is its permalink, and
 * pages stay out of Eleventy's collections: the archive model is the index.
 */
export function registerPages(config: UserConfig): void {
  for (const kind of pageKinds) {
    config.addTemplate(`backfile/${kind.name}.11ty.js`, {
      data: {
        pagination: { data: kind.data, size: 1, alias: kind.alias, addAllPagesToCollections: false },
        permalink: (data: Record<string, { url: string }>) => data[kind.alias]?.url,
        layout: kind.layout,
        eleventyExcludeFromCollections: true,
      },
      render: () => "",
    });
  }
}
