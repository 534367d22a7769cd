import remarkHtml from "remark-html";
import remarkParse from "remark-parse";
import { unified } from "unified";
import remarkDateline from "./remark-dateline.ts";
import { nestingLimit } from "../content/body-limits.ts";
import remarkExternalLinks from "./remark-external-links.ts";
import remarkNestingLimit from "./remark-nesting-limit.ts";
import remarkPictures from "./remark-pictures.ts";
import remarkSitePaths from "./remark-site-paths.ts";
import remarkStoryFacts from "./remark-story-facts.ts";
import remarkTablesAndStrikethrough from "./remark-tables-and-strikethrough.ts";
import remarkTableAlignment from "./remark-table-alignment.ts";
import { sanitizeSchema } from "./sanitize-schema.ts";

export interface ProcessorOptions {
  /** The site's origin, to tell outside links from our own. */
  siteUrl: string;
  /** Sub-path the site is hosted under: links written as site paths get it. */
  pathPrefix: string;
  /** The site's time zone: the calendar day of the dateline lead. */
  timeZone: string;
}

/**
 * The one Markdown pipeline, shared by the build and the tests:
 * remark-parse (with GitHub's tables and strikethrough) → a bound on nesting
 * → our plugins (story facts, pictures, dateline lead, links) → remark-html
 * with sanitizing on.
 */
export function createProcessor(options: ProcessorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkTablesAndStrikethrough)
    .use(remarkNestingLimit, { limit: nestingLimit })
    .use(remarkStoryFacts)
    .use(remarkPictures)
    .use(remarkDateline, { timeZone: options.timeZone })
    .use(remarkExternalLinks, { siteUrl: options.siteUrl })
    .use(remarkSitePaths, { pathPrefix: options.pathPrefix })
    .use(remarkTableAlignment)
    .use(remarkHtml, { sanitize: sanitizeSchema })
    .freeze();
}

export type Processor = ReturnType<typeof createProcessor>;
