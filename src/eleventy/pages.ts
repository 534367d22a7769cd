import type { UserConfig } from "@11ty/eleventy";
import type { ArchivePages } from "../archive/model.ts";

/** How each kind of page is drawn: the name its layout knows the page by, and the layout. */
const drawnBy: { [Kind in keyof ArchivePages]: { alias: string; layout: string } } = {
  article: { alias: "article", layout: "article.njk" },
  latest: { alias: "listing", layout: "listing.njk" },
  topic: { alias: "listing", layout: "listing.njk" },
  source: { alias: "listing", layout: "listing.njk" },
  byline: { alias: "listing", layout: "listing.njk" },
  dateline: { alias: "listing", layout: "listing.njk" },
  entryIndex: { alias: "index", layout: "entry-index.njk" },
  year: { alias: "year", layout: "year.njk" },
  month: { alias: "listing", layout: "period.njk" },
  day: { alias: "listing", layout: "period.njk" },
  calendar: { alias: "calendar", layout: "calendar.njk" },
  notFound: { alias: "notFound", layout: "not-found.njk" },
};

/**
 * One virtual template per kind of page, paginating one page at a time over
 * the archive's planned pages (`archive.pages.<kind>`). The page's own `url` is
 * its permalink, and pages stay out of Eleventy's collections: the archive
 * model is the index.
 */
export function registerPages(config: UserConfig): void {
  for (const [kind, { alias, layout }] of Object.entries(drawnBy)) {
    config.addTemplate(`backfile/${kind}.11ty.js`, {
      data: {
        pagination: { data: `archive.pages.${kind}`, size: 1, alias, addAllPagesToCollections: false },
        permalink: (data: Record<string, { url: string }>) => data[alias]?.url,
        layout,
        eleventyExcludeFromCollections: true,
      },
      render: () => "",
    });
  }
}
