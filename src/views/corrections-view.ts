import type { CorrectionsPage } from "../archive/corrections.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** A page of the corrections listing. */
export interface CorrectionsView {
  head: PageHead;
  heading: string;
  /** How many corrections there are: on the front page only. */
  count: string | undefined;
  feeds: { atom: string; json: string };
}

export function correctionsView(page: CorrectionsPage, context: ViewContext): CorrectionsView {
  const { site, t } = context;
  const heading = t("corrections.heading");
  return {
    head: pageHead({ name: heading, pageNumber: page.pageNumber, description: t("corrections.description"), feeds: page.feeds }, context),
    heading,
    count: page.total === undefined ? undefined : t("count.corrections", site.language, { count: page.total }),
    feeds: page.feeds,
  };
}
