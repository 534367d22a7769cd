import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** A page of the site that lists nothing: the search page, the page for a missing address. */
export interface SitePageView {
  head: PageHead;
  heading: string;
}

/** The search page: its results depend on the query, so search engines leave it out. */
export function searchView(_page: unknown, context: ViewContext): SitePageView {
  const heading = context.t("search.heading");
  return { head: pageHead({ name: heading, noindex: true }, context), heading };
}

/** The page static hosts serve at any missing address: it names no canonical address and is left out of search engines. */
export function notFoundView(_page: unknown, context: ViewContext): SitePageView {
  const heading = context.t("notFound.heading");
  return { head: pageHead({ name: heading, noindex: true, servedAnywhere: true }, context), heading };
}
