import type { EntryIndexPage } from "../archive/listings.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** The index of one kind of entry, A–Z or busiest first. */
export interface EntryIndexView {
  head: PageHead;
  heading: string;
  count: string;
  /** Both orders, this one marked. */
  orders: { name: string; url: string; current: boolean }[];
}

export function entryIndexView(index: EntryIndexPage, context: ViewContext): EntryIndexView {
  const { site, t } = context;
  const heading = t(`kind.${index.kind}`);
  const name = index.order === "busiest" ? t("index.busiestTitle", site.language, { kind: heading }) : heading;
  const alphabetical = index.order === "alphabetical";
  return {
    head: pageHead({ name }, context),
    heading,
    count: t("index.inAll", site.language, { count: index.entries.length }),
    orders: [
      { name: t("index.alphabetical"), url: alphabetical ? index.url : index.otherUrl, current: alphabetical },
      { name: t("index.busiest"), url: alphabetical ? index.otherUrl : index.url, current: !alphabetical },
    ],
  };
}
