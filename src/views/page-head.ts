import type { LeadPicture } from "../archive/model.ts";
import { type SharedPicture, sharedPicture } from "../filters/share-picture.ts";
import { textDirection } from "../archive/text-direction.ts";
import type { ViewContext } from "./view-context.ts";

/** What `base.njk` writes in a page's head: its title, language, link-preview tags, robots directive and feeds. */
export interface PageHead {
  /** The document title. */
  title: string;
  /** The title link previews show. */
  metaTitle: string;
  description: string;
  lang: string;
  dir: "ltr" | "rtl";
  ogType: "website" | "article";
  twitterCard: "summary" | "summary_large_image";
  /** `noindex` for pages search engines should leave out. */
  robots: string | undefined;
  /** Whether the page names its canonical address (the 404 page, served anywhere, does not). */
  canonical: boolean;
  /** The page's own feeds, announced before the site's. */
  feeds: { atom: string; json: string } | undefined;
  /** The picture link previews show, with its size. */
  image: SharedPicture | undefined;
}

/** The parts of a head a page kind decides. */
export interface HeadParts {
  /** The page's own name, first in the title (none for the front page: the site's name alone). */
  name?: string | undefined;
  /** A listing's numbered page adds `· page N` to the title (its front page has no number). */
  pageNumber?: number | undefined;
  metaTitle?: string | undefined;
  description?: string | undefined;
  lang?: string | undefined;
  ogType?: PageHead["ogType"] | undefined;
  noindex?: boolean | undefined;
  servedAnywhere?: boolean | undefined;
  feeds?: PageHead["feeds"] | undefined;
  picture?: LeadPicture | undefined;
}

/**
 * A page's head from what its kind decides: the title is the page's name,
 * the site's name and the page number (`Heritage · The Archive · page 2`);
 * everything left out falls back to the site's own, the picture to the
 * site's card picture.
 */
export function pageHead(parts: HeadParts, { site, t, cardImage }: ViewContext): PageHead {
  const page = parts.pageNumber !== undefined ? t("title.page", site.language, { page: parts.pageNumber }) : undefined;
  const title = [parts.name, site.name, page].filter((part): part is string => part !== undefined && part !== "").join(" · ");
  const lang = parts.lang ?? site.language;
  return {
    title,
    metaTitle: parts.metaTitle ?? parts.name ?? site.name,
    description: parts.description || site.description,
    lang,
    dir: textDirection(lang),
    ogType: parts.ogType ?? "website",
    twitterCard: parts.picture ? "summary_large_image" : "summary",
    robots: parts.noindex ? "noindex" : undefined,
    canonical: !parts.servedAnywhere,
    feeds: parts.feeds,
    image: parts.picture ? sharedPicture(parts.picture, site) : cardImage,
  };
}
