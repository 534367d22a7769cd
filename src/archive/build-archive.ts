import type { SiteConfig } from "../config/site-schema.ts";
import { epochMillis, latestTime } from "../content/article-date.ts";
import { aliasFile } from "../content/alias-rules.ts";
import { type ArticleFields, slugPattern } from "../content/article-schema.ts";
import type { PersonRecord } from "../content/authors-file.ts";
import { problem } from "../content/catalogue.ts";
import type { ArticleRecord } from "../content/load-article.ts";
import { picturePath } from "../content/picture-path.ts";
import { compareText, type Problem } from "../content/problems.ts";
import type { StoryFacts } from "../markdown/render-body.ts";
import { calendarDay, nextDayStart } from "./calendar.ts";
import { planCorrections } from "./corrections.ts";
import { planFeeds } from "./feeds.ts";
import { type Archive, type ArchivePages, type Article, type Entry, type HeldBack, type LeadPicture, linkTo, type Person, type Picture, plannedUrls, type Redirect } from "./model.ts";
import { planOnThisDay } from "./on-this-day.ts";
import { type PictureFile, type PlannedMedia, planMedia, pictureOf } from "./pictures.ts";
import { newsWindowMs, planNewsSitemap, planRobots, planSitemaps } from "./sitemaps.ts";
import { domainOf, resolveLinks } from "./resolve-related.ts";
import { assignSlugs, slugify } from "./slug.ts";
import { storyProblems } from "./story-problems.ts";
import { textDirection } from "./text-direction.ts";
import { attachNavigation } from "./article-navigation.ts";
import { planListings } from "./listings.ts";
import { type EntryKind, entryKindNames, entryKinds, namesOf, perEntryKind } from "./entry-kinds.ts";
import { articleUrl, entryIndexUrl, entryUrl, hostRedirectsUrl, notFoundUrl, pageFile, rankingSegment, searchBundleUrl, searchUrl } from "./urls.ts";

/** An article as loaded, with what rendering its body found (its HTML is kept apart, see `ArticleCache`). */
export interface Story {
  loaded: ArticleRecord;
  facts: StoryFacts;
  /** Hash of the file it was read from: changes whenever the article does. */
  revision: string;
  /** Hash of what its HTML was rendered from: finds the HTML in the cache. */
  renderKey: string;
}

export interface ArchiveOptions {
  /** The build's reference time (epoch ms): articles dated later are not yet published. */
  now: number;
  /** Publish drafts too, as a preview does (default: false). */
  includeDrafts?: boolean;
  /** Publish articles dated after `now` too, as a preview does (default: false). */
  includeEmbargoed?: boolean;
  /** Articles that exist but failed validation: references to them are not reported as missing. */
  invalidRefs?: ReadonlySet<string>;
  /** The pictures of the content folder that stories and the authors file name, as read, by path (default: none). */
  pictures?: ReadonlyMap<string, PictureFile>;
  /** The people of the authors file, by byline (default: none). */
  people?: ReadonlyMap<string, PersonRecord>;
}

/** Longest summary taken from a story's first paragraph when the editor wrote none. */
const excerptLength = 220;

/**
 * Plan the archive from its stories: URLs in the site's time zone, entries with
 * unique slugs, related links resolved, newest first. Pure: the same stories,
 * site and options always give the same archive.
 */
export function buildArchive(
  stories: readonly Story[],
  site: SiteConfig,
  { now, includeDrafts = false, includeEmbargoed = false, invalidRefs = new Set(), pictures = new Map(), people = new Map() }: ArchiveOptions,
): { archive: Archive; problems: Problem[] } {
  const problems: Problem[] = storyProblems(stories, now);
  const planned = stories.map((story) => {
    const { fields, ref } = story.loaded;
    const day = calendarDay(fields.date, site.timeZone);
    const fileName = ref.slice(ref.lastIndexOf("/") + 1);
    // A file name that is already a slug is used as it is.
    const slug = fields.slug ?? (slugPattern.test(fileName) ? fileName : slugify(fileName));
    return { story, day, slug, url: articleUrl(day, slug), publishedMs: epochMillis(fields.date) };
  });

  // Two articles at one URL are an error naming both; the plan keeps the first (by file), so a
  // preview, which goes on despite errors, still draws one page there and never a conflict.
  const byUrl = new Map<string, (typeof planned)[number][]>();
  for (const plan of planned) byUrl.set(plan.url, [...(byUrl.get(plan.url) ?? []), plan]);
  const clashing = new Set<(typeof planned)[number]>();
  for (const [url, sharing] of byUrl) {
    if (sharing.length < 2) continue;
    for (const plan of sharing) {
      const { loaded } = plan.story;
      if (plan !== sharing[0]) clashing.add(plan);
      problems.push(
        problem(
          "UrlDuplicate",
          { file: loaded.file, line: loaded.lines["slug"] ?? loaded.lines["date"] ?? 1, field: loaded.fields.slug === undefined ? "date" : "slug" },
          { url, others: sharing.filter((other) => other !== plan).map((other) => other.story.loaded.file) },
        ),
      );
    }
  }

  const published = planned.filter(
    (plan) => !clashing.has(plan) && (includeEmbargoed || plan.publishedMs <= now) && (includeDrafts || !plan.story.loaded.fields.draft),
  );
  const slugs = entrySlugs(published);
  problems.push(...nameVariants(published.map(({ story }) => story)));
  const media = new Map<string, PlannedMedia>();
  // Each picture is planned once, however many pages show it.
  const mediaOf = (path: string | undefined): PlannedMedia | undefined => {
    const file = path === undefined ? undefined : pictures.get(path);
    if (!file) return undefined;
    const made = planMedia(file);
    return media.get(made.id) ?? (media.set(made.id, made), made);
  };
  const entries = new Map<string, Entry>();
  // One shared object per entry, however many articles carry it.
  const entry = (kind: EntryKind, name: string): Entry => {
    const key = `${kind}\0${name}`;
    let found = entries.get(key);
    if (!found) {
      const slug = slugs[kind].get(name) ?? slugify(name);
      const record = kind === "byline" ? people.get(name) : undefined;
      found = { kind, name, slug, url: entryUrl(kind, slug), indexUrl: entryIndexUrl(kind), ...(record ? { person: personOf(record, mediaOf) } : {}) };
      entries.set(key, found);
    }
    return found;
  };

  const articles: Article[] = published.map(({ story, day, slug, url, publishedMs }) => {
    const { fields } = story.loaded;
    const folder = folderOf(story.loaded.ref);
    const local = (src: string, text: { alt: string; caption?: string | undefined; credit?: string | undefined }): Picture | undefined => {
      const made = mediaOf(picturePath(folder, src));
      return made && pictureOf(made, text);
    };
    const modified = lastChange(fields.date, fields.updated, fields.corrections.map((correction) => correction.date));
    return {
      ref: story.loaded.ref,
      file: story.loaded.file,
      url,
      slug,
      title: fields.title,
      summary: fields.summary ?? truncateAtWord(story.facts.excerpt, excerptLength),
      published: fields.date,
      modified,
      modifiedMs: epochMillis(modified),
      publishedMs,
      day,
      lang: fields.lang,
      dir: textDirection(fields.lang),
      source: entry("source", fields.source),
      dateline: fields.dateline === undefined ? undefined : entry("dateline", fields.dateline),
      bylines: fields.byline.map((name) => entry("byline", name)),
      topics: fields.topics.map((name) => entry("topic", name)),
      related: [],
      translations: [],
      corrections: [...fields.corrections].sort((a, b) => epochMillis(a.date) - epochMillis(b.date)),
      image: leadPicture(fields.image, local),
      pictures: story.facts.pictures.map((picture) => local(picture.src, picture) ?? null),
      renderKey: story.renderKey,
      wordCount: story.facts.wordCount,
      draft: fields.draft,
      embargoed: publishedMs > now,
      revision: story.revision,
      breadcrumbs: [],
      previous: undefined,
      next: undefined,
      moreFromTopic: undefined,
      moreFromSource: undefined,
    };
  });
  articles.sort((a, b) => b.publishedMs - a.publishedMs || compareText(a.url, b.url));

  const links = resolveLinks(
    planned.map(({ story, url }) => ({ loaded: story.loaded, url })),
    articles,
    invalidRefs,
  );
  problems.push(...links.problems);
  for (const article of articles) {
    article.related = links.related.get(article.ref) ?? [];
    article.translations = links.translations.get(article.ref) ?? [];
  }

  const { listings, entryArticles } = planListings(articles, site);
  attachNavigation(articles, listings, entryArticles);
  const nowIso = new Date(now).toISOString();
  const newsSitemap = planNewsSitemap(articles, now);
  const corrections = planCorrections(articles, site, nowIso);
  const onThisDay = planOnThisDay(articles, site, now);
  const [front, ...older] = listings.latest;
  if (front && onThisDay.teaser) listings.latest = [{ ...front, context: { ...front.context, onThisDay: onThisDay.teaser } }, ...older];
  const htmlPages = { article: articles, ...listings, corrections: corrections.pages, onThisDay: onThisDay.pages, onThisDayIndex: [onThisDay.index] };
  const pages: ArchivePages = {
    ...htmlPages,
    redirect: [],
    hostRedirects: [],
    feed: planFeeds(articles, entryArticles, site, nowIso),
    correctionFeed: corrections.feeds,
    sitemap: planSitemaps(htmlPages),
    newsSitemap: newsSitemap ? [newsSitemap] : [],
    robots: [planRobots(newsSitemap)],
    search: [{ url: searchUrl(), bundles: listings.year.map((year) => searchBundleUrl(year.period.key)).reverse() }],
    notFound: [{ url: notFoundUrl() }],
  };
  const redirects = planRedirects(published.map(({ story }) => story), articles, pages);
  pages.redirect = redirects.redirects;
  if (redirects.redirects.length > 0) {
    pages.hostRedirects = [{ url: hostRedirectsUrl(), redirects: redirects.redirects.map((redirect) => ({ from: redirect.url, to: redirect.target.url })) }];
  }
  problems.push(...redirects.problems);
  const isPublished = new Set(published);
  const heldBack = heldBackStories(planned.filter((plan) => !clashing.has(plan) && !isPublished.has(plan)), includeDrafts);
  const plannedMedia = [...media.values()].sort((a, b) => compareText(a.id, b.id));
  return { archive: { site, articles, pages, media: plannedMedia, stableUntil: stableUntil(planned, articles, now, site.timeZone), heldBack }, problems };
}

/** Stories left out of the site: drafts (unless included), and the rest, embargoed, soonest first. */
function heldBackStories(left: readonly { story: Story; publishedMs: number }[], includeDrafts: boolean): HeldBack {
  const held = left.map(({ story: { loaded }, publishedMs }) => ({
    story: { ref: loaded.ref, file: loaded.file, title: loaded.fields.title, published: loaded.fields.date, publishedMs },
    draft: loaded.fields.draft && !includeDrafts,
  }));
  return {
    drafts: held.filter((item) => item.draft).map((item) => item.story),
    embargoed: held
      .filter((item) => !item.draft)
      .map((item) => item.story)
      .sort((a, b) => a.publishedMs - b.publishedMs || compareText(a.ref, b.ref)),
  };
}

/** The folder of an article under the content folder: where the pictures it names by file name are. */
function folderOf(ref: string): string {
  return ref.includes("/") ? ref.slice(0, ref.lastIndexOf("/")) : "";
}

/** An article's lead picture: published elsewhere (`url`), or a file of the content folder (`src`) once read. */
function leadPicture(
  image: ArticleFields["image"],
  local: (src: string, text: { alt: string; caption?: string | undefined; credit?: string | undefined }) => Picture | undefined,
): LeadPicture | undefined {
  if (image === undefined) return undefined;
  const text = { alt: image.alt, caption: image.caption, credit: image.credit };
  if (image.url !== undefined) return { kind: "remote", url: image.url, ...text };
  return image.src === undefined ? undefined : local(image.src, text);
}

/** A person of the authors file as the pages of their byline show them. */
function personOf(record: PersonRecord, mediaOf: (path: string | undefined) => PlannedMedia | undefined): Person {
  // A portrait beside the name it shows says nothing more: decorative.
  const picture = record.picture === undefined ? undefined : mediaOf(picturePath("", record.picture));
  return {
    name: record.name ?? record.byline,
    role: record.role,
    bio: record.bio,
    picture: picture && pictureOf(picture, { alt: "" }),
    links: record.links.map((url) => ({ url, domain: domainOf(url) })),
  };
}

/**
 * Until when the plan stays the same as the reference time moves on: the next
 * embargo to lift (or to end, for a preview that shows embargoed stories),
 * the next story to leave the news sitemap's window, and the next midnight in
 * the site's zone, when the front page's "on this day" turns to another day.
 * An empty archive's feeds are dated by the reference time itself, so its
 * plan never holds.
 */
function stableUntil(planned: readonly { publishedMs: number }[], articles: readonly Article[], now: number, timeZone: string): number {
  if (articles.length === 0) return now;
  let until = nextDayStart(now, timeZone);
  for (const { publishedMs } of planned) if (publishedMs > now && publishedMs < until) until = publishedMs;
  for (const { publishedMs } of articles) {
    const leaves = publishedMs + newsWindowMs;
    if (publishedMs <= now && leaves > now && leaves < until) until = leaves;
  }
  return until;
}

/** The latest of an article's times, as written (with its offset). */
function lastChange(published: string, updated: string | undefined, corrections: readonly string[]): string {
  return latestTime([published, updated, ...corrections]) ?? published;
}

/**
 * A redirect page at every old address (`aliases`) of a published article.
 * An address whose file another page already takes, or that two articles
 * claim, is an error naming the other article when there is one.
 */
function planRedirects(stories: readonly Story[], articles: readonly Article[], pages: ArchivePages): { redirects: Redirect[]; problems: Problem[] } {
  const byRef = new Map(articles.map((article) => [article.ref, article]));
  // Who holds each file of the site: an article (named), or another page.
  // The hosts' redirect file comes after the redirects, but its name is taken all the same.
  const holders = new Map<string, { file: string; as: "address" | "alias" } | undefined>([...plannedUrls(pages), hostRedirectsUrl()].map((url) => [pageFile(url), undefined]));
  for (const article of articles) holders.set(pageFile(article.url), { file: article.file, as: "address" });
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  for (const { loaded } of stories) {
    const article = byRef.get(loaded.ref);
    if (!article) continue;
    loaded.fields.aliases.forEach((alias, index) => {
      const url = aliasUrl(alias);
      const file = pageFile(url);
      if (holders.has(file)) {
        const other = holders.get(file);
        problems.push(problem("AliasConflict", { file: loaded.file, line: loaded.lines["aliases"] ?? 1, field: `aliases[${index}]` }, { alias, other }));
        return;
      }
      holders.set(file, { file: loaded.file, as: "alias" });
      redirects.push({ url, target: linkTo(article) });
    });
  }
  redirects.sort((a, b) => compareText(a.url, b.url));
  return { redirects, problems };
}

/** The URL of an old address's page, written where `aliasFile` says: `/old/x` → `/old/x/`, `/news/a.html` stays. */
function aliasUrl(alias: string): string {
  const file = aliasFile(alias);
  return file.endsWith("/index.html") && !alias.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
}

/** Unique slugs for every name of every kind, the earliest use keeping the plain slug. */
function entrySlugs(published: readonly { story: Story; publishedMs: number }[]): Record<EntryKind, Map<string, string>> {
  const uses = perEntryKind(() => new Map<string, number>());
  for (const { story, publishedMs } of published) {
    for (const kind of entryKindNames) {
      for (const name of namesOf(kind, story.loaded.fields)) {
        const first = uses[kind].get(name);
        if (first === undefined || publishedMs < first) uses[kind].set(name, publishedMs);
      }
    }
  }
  return perEntryKind((kind) => assignSlugs([...uses[kind]].map(([name, firstUsed]) => ({ name, firstUsed })), { reserved: [rankingSegment] }));
}

/**
 * Names of one kind that differ only in case, accents or spacing (`syria`,
 * `Syria`) are kept as separate listings; most likely one is a slip. Warn at
 * the first article that uses each less common spelling.
 */
function nameVariants(stories: readonly Story[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of entryKindNames) {
    const { field } = entryKinds[kind];
    const uses = new Map<string, { count: number; first: ArticleRecord }>();
    for (const { loaded } of stories) {
      for (const name of namesOf(kind, loaded.fields)) {
        const use = uses.get(name);
        if (use) use.count++;
        else uses.set(name, { count: 1, first: loaded });
      }
    }
    const byFold = new Map<string, string[]>();
    for (const name of uses.keys()) byFold.set(fold(name), [...(byFold.get(fold(name)) ?? []), name]);
    for (const names of byFold.values()) {
      if (names.length < 2) continue;
      const [common, ...others] = [...names].sort((a, b) => (uses.get(b)?.count ?? 0) - (uses.get(a)?.count ?? 0) || compareText(a, b));
      for (const name of others) {
        const use = uses.get(name);
        if (!use) continue;
        problems.push(
          problem(
            "NameVariant",
            { file: use.first.file, line: use.first.lines[field] ?? 1, field },
            { name, common: common ?? "", kind, commonCount: uses.get(common ?? "")?.count ?? 0, count: use.count },
          ),
        );
      }
    }
  }
  return problems;
}

/** A name without case, accents or extra spaces, to compare spellings. */
function fold(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

/** At most `limit` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const boundary = cut.lastIndexOf(" ");
  return `${(boundary > limit / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.]+$/u, "")}…`;
}
