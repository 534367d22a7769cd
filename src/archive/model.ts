import type { SiteConfig } from "../config/site-schema.ts";
import type { Correction } from "../content/article-schema.ts";
import type { CalendarDay } from "./calendar.ts";
import type { Listings, PeriodLink } from "./listings.ts";
import type { CorrectionsPage } from "./corrections.ts";
import type { OnThisDayIndexPage, OnThisDayPage } from "./on-this-day.ts";
import type { PlannedMedia } from "./pictures.ts";
import { type EntryKind, entryKindNames, entryKinds } from "./entry-kinds.ts";

/** A topic, source, byline or dateline, with its own listing. */
export interface Entry {
  kind: EntryKind;
  name: string;
  slug: string;
  url: string;
  /** The index of every entry of this kind. */
  indexUrl: string;
  /** For a byline the authors file describes: who the person is. */
  person?: Person;
}

/** A person of the authors file, as their byline's pages and articles show them. */
export interface Person {
  /** The name shown for the byline (the authors file's `name`, or the byline as written). */
  name: string;
  role: string | undefined;
  bio: string | undefined;
  picture: Picture | undefined;
  /** Their pages elsewhere: `sameAs` in structured data. */
  links: { url: string; domain: string }[];
}

export type PictureFormat = "avif" | "webp" | "jpeg";

/** One file made of a picture: a format in a width. */
export interface PictureVariant {
  format: PictureFormat;
  width: number;
  height: number;
  url: string;
}

/** A picture of the content folder, planned: the files made of it and what readers are told of it. */
export interface Picture {
  kind: "local";
  /** The output that makes its files (see `PlannedMedia`). */
  id: string;
  /** Empty for a decorative picture. */
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
  /** Size of the largest version: the `width` and `height` pages give it, so nothing moves as it loads. */
  width: number;
  height: number;
  variants: PictureVariant[];
}

/** A picture published elsewhere, named by its absolute URL. */
export interface RemotePicture {
  kind: "remote";
  url: string;
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
}

/** An article's lead picture. */
export type LeadPicture = Picture | RemotePicture;

/** A "Check Also" entry, resolved: another article of the archive, an outside page, or a headline alone. */
export type RelatedLink =
  | ({ kind: "article" } & ArticleLink)
  | { kind: "link"; title: string; url: string; domain: string }
  | { kind: "headline"; title: string };

/** Just enough of an article to link to it, in its own language and direction. */
export interface ArticleLink {
  title: string;
  url: string;
  published: string;
  lang: string;
  dir: "ltr" | "rtl";
}

/** The link to an article, as every page that names it writes it. */
export function linkTo({ title, url, published, lang, dir }: Article): ArticleLink {
  return { title, url, published, lang, dir };
}

/** An article as the templates see it: everything resolved, nothing left to compute. */
export interface Article {
  /** Path under the content folder without `.md`: how other articles refer to it. */
  ref: string;
  /** The source file, for messages. */
  file: string;
  url: string;
  slug: string;
  title: string;
  /** The editor's summary, or the first paragraph when there is none. */
  summary: string;
  /** ISO 8601 publication time, with the offset it was written with. */
  published: string;
  /** ISO 8601 time of the last change: `updated`, a later correction, or the publication time. */
  modified: string;
  /** The same in epoch milliseconds, for comparing. */
  modifiedMs: number;
  /** Publication time in epoch milliseconds, for sorting. */
  publishedMs: number;
  /** The calendar day in the site's time zone, as in the URL. */
  day: CalendarDay;
  lang: string;
  dir: "ltr" | "rtl";
  source: Entry;
  dateline: Entry | undefined;
  bylines: Entry[];
  topics: Entry[];
  related: RelatedLink[];
  /** Versions of the story in other languages. */
  translations: ArticleLink[];
  /** Corrections and update notes, oldest first. */
  corrections: Correction[];
  /** The lead picture: at the top of the article, on cards, in link previews and structured data. */
  image: LeadPicture | undefined;
  /** The pictures of the story, in the order the story names them (null for one that could not be planned). */
  pictures: (Picture | null)[];
  /**
   * Hash of what the story's HTML was rendered from: finds it in the cache.
   * The plan holds no HTML (an archive's stories need not all be in memory at
   * once); the pages that show a story are drawn with its HTML (see `Bodies`).
   */
  renderKey: string;
  wordCount: number;
  draft: boolean;
  /** Dated after the build's reference time: only a preview shows it. */
  embargoed: boolean;
  /** Hash of the article's file: tells which pages an edit changes. */
  revision: string;
  /** The article's year, month and day pages. */
  breadcrumbs: PeriodLink[];
  /** The story published just before this one (older), and just after (newer). */
  previous: ArticleLink | undefined;
  next: ArticleLink | undefined;
  /** Stories nearest in time from the article's first topic, and from its source. */
  moreFromTopic: MoreFrom | undefined;
  moreFromSource: MoreFrom | undefined;
}

/** Every entry an article is listed under, in the entry-kind table's order. */
export function entriesOf(article: Pick<Article, "topics" | "source" | "bylines" | "dateline">): Entry[] {
  return entryKindNames.flatMap((kind) => article[entryKinds[kind].property] ?? []);
}

/** A few stories that share an entry with an article. */
export interface MoreFrom {
  entry: Entry;
  articles: ArticleLink[];
}

/** The whole archive, planned: what every page of the site shows. */
export interface Archive {
  site: SiteConfig;
  /** Newest first. */
  articles: Article[];
  /** Every page of the site, by kind: each kind is drawn by one template. */
  pages: ArchivePages;
  /** The files to make of every picture the pages show, once per picture. */
  media: PlannedMedia[];
  /** The plan holds until the reference time reaches this (epoch ms; infinity when time changes nothing). */
  stableUntil: number;
  /** Stories the plan leaves out of the site. No page shows this: it is for the people building it. */
  heldBack: HeldBack;
}

/** Stories left out of a site: drafts, and stories dated after the reference time (unless the build includes them). */
export interface HeldBack {
  drafts: HeldStory[];
  /** Embargoed stories that are not drafts, the soonest to go live first. */
  embargoed: HeldStory[];
}

/** A story held back, as the people building the site need to name it. */
export interface HeldStory {
  ref: string;
  file: string;
  title: string;
  /** ISO 8601 publication time: when an embargoed story goes live. */
  published: string;
  publishedMs: number;
}

/** A page at an article's old address that sends readers on to the article. */
export interface Redirect {
  url: string;
  target: ArticleLink;
}

/** The `_redirects` file: each old address and where it now lives. */
export interface HostRedirectsPage {
  url: string;
  redirects: { from: string; to: string }[];
}

/** An Atom or JSON feed of a listing's latest articles. */
export interface FeedPage {
  url: string;
  format: "atom" | "json";
  title: string;
  /** The listing the feed follows. */
  homeUrl: string;
  /** The same feed in the other format. */
  alternateUrl: string;
  /** Whole stories, or their summaries. */
  content: "full" | "summary";
  /** The latest change among its items (or the build's reference time when it has none). */
  updated: string;
  items: Article[];
}

/** One correction note, as the corrections page and its feeds list it. */
export interface CorrectionItem {
  /** When the correction was made (ISO 8601, as written). */
  date: string;
  text: string;
  /** The article corrected. */
  article: ArticleLink;
  /** The note on the article's page: `/2019/03/05/x/#correction-1`. */
  url: string;
}

/** An Atom or JSON feed of the latest corrections. */
export interface CorrectionFeedPage {
  url: string;
  format: "atom" | "json";
  homeUrl: string;
  alternateUrl: string;
  /** The latest correction's date (or the build's reference time when there is none). */
  updated: string;
  items: CorrectionItem[];
}

/** One URL of a sitemap, with when it last changed. */
export interface SitemapEntry {
  url: string;
  lastmod: string | undefined;
}

/** A sitemap, or a sitemap index of numbered parts. */
export type SitemapPage =
  | { kind: "urlset"; url: string; entries: SitemapEntry[] }
  | { kind: "index"; url: string; parts: SitemapEntry[] };

/** The Google News sitemap. */
export interface NewsSitemapPage {
  url: string;
  items: Article[];
}

/** The search page, which merges the search bundle of every year. */
export interface SearchPage {
  url: string;
  /** Each year's bundle, newest first: the first one's script runs the search. */
  bundles: string[];
}

export interface RobotsPage {
  url: string;
  /** Site paths of the sitemaps crawlers should read. */
  sitemaps: string[];
}

/** Every page the archive plans, by kind. Each item has the `url` it is published at. */
export interface ArchivePages extends Listings {
  article: Article[];
  /** Every correction, newest first. */
  corrections: CorrectionsPage[];
  /** The stories of each calendar day across the years, and the index of those days. */
  onThisDay: OnThisDayPage[];
  onThisDayIndex: OnThisDayIndexPage[];
  redirect: Redirect[];
  /** The redirect file hosts read (Netlify, Cloudflare Pages): every old address, once there is one. */
  hostRedirects: HostRedirectsPage[];
  feed: FeedPage[];
  correctionFeed: CorrectionFeedPage[];
  sitemap: SitemapPage[];
  newsSitemap: NewsSitemapPage[];
  robots: RobotsPage[];
  /** The search page (the index itself is written by Pagefind). */
  search: SearchPage[];
  /** The page static hosts serve for a missing URL. */
  notFound: { url: string }[];
}

/** Every URL the archive plans, in a stable order. */
export function plannedUrls(pages: ArchivePages): string[] {
  return Object.values(pages).flatMap((list: { url: string }[]) => list.map((page) => page.url));
}

/**
 * The articles whose HTML some of `pages` show: the articles of article pages,
 * and the items of feeds that carry whole stories. Only these need their
 * bodies when the pages are drawn.
 */
export function articlesShownWhole(pages: ArchivePages): Set<Article> {
  const shown = new Set<Article>(pages.article);
  for (const feed of pages.feed) if (feed.content === "full") for (const item of feed.items) shown.add(item);
  return shown;
}

/** The sanitized HTML of stories (dateline lead included), by article reference: what the pages drawn show of them. */
export type Bodies = ReadonlyMap<string, string>;

/** An article as a page that shows its story is drawn: with its HTML (see `withBodies`). */
export type ArticleWithBody = Article & { html: string };

/**
 * The same pages, each article they show whole (its own page, an item of a
 * feed of whole stories) as a copy that carries its HTML. The plan itself
 * never holds HTML: the copies live as long as the pages being drawn.
 */
export function withBodies(pages: ArchivePages, bodies: Bodies): ArchivePages {
  const copies = new Map<Article, ArticleWithBody>();
  const withBody = (article: Article): ArticleWithBody => {
    let copy = copies.get(article);
    if (!copy) copies.set(article, (copy = { ...article, html: bodyIn(bodies, article) }));
    return copy;
  };
  return {
    ...pages,
    article: pages.article.map(withBody),
    feed: pages.feed.map((feed) => (feed.content === "full" ? { ...feed, items: feed.items.map(withBody) } : feed)),
  };
}

/** The HTML of an article that a page shows whole (see `withBodies`). */
export function bodyOf(article: Article): string {
  const { html } = article as Partial<ArticleWithBody>;
  if (html === undefined) throw notLoaded(article);
  return html;
}

/** An article's HTML among `bodies`: there must be one. */
export function bodyIn(bodies: Bodies, article: Article): string {
  const html = bodies.get(article.ref);
  if (html === undefined) throw notLoaded(article);
  return html;
}

function notLoaded(article: Article): Error {
  return new Error(`The story of \`${article.file}\` was not loaded before its page was drawn.`);
}

/** The same pages, keeping only those at `urls`: what a partial rebuild hands Eleventy. */
export function filterPages(pages: ArchivePages, urls: ReadonlySet<string>): ArchivePages {
  const kept = Object.entries(pages).map(([kind, list]: [string, { url: string }[]]) => [kind, list.filter((page) => urls.has(page.url))]);
  return Object.fromEntries(kept) as unknown as ArchivePages;
}
