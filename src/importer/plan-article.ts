import { calendarDay } from "../archive/calendar.ts";
import { contentRef } from "../archive/content-ref.ts";
import { slugify } from "../archive/slug.ts";
import { articleUrl } from "../archive/urls.ts";
import { canonicalLanguage } from "../config/site-schema.ts";
import { aliasFault } from "../content/alias-rules.ts";
import { epochMillis, parseArticleDate } from "../content/article-date.ts";
import type { FrontMatterFields } from "../content/article-file.ts";
import { loadArticle } from "../content/load-article.ts";
import type { Problem } from "../content/problems.ts";
import { datelineDay } from "../markdown/dateline-lead.ts";
import type { ArchiveIndex, IndexedArticle } from "./archive-index.ts";
import { articleText } from "./article-text.ts";
import { isShouted, titleCaseHeadline } from "./letter-case.ts";
import { resolveRelated } from "./related-story.ts";
import type { Story } from "./story.ts";

/** What applies to every story of a run. */
export interface ImportSettings {
  /** The site's zone (URLs, paths) and language. */
  site: { timeZone: string; language: string };
  /** Zone a date without an offset is read in (`--zone`, default the site's). */
  zone: string;
  /** `--source`: the source of every story, instead of what the files say. */
  source?: string | undefined;
  /** `--title-case`: headlines written in capitals are title-cased. */
  titleCase: boolean;
  /** `--update`: a story imported before is written again over its article. */
  update: boolean;
  /** The path of an article file for messages (`content/2015/10/x.md`). */
  fileOf(ref: string): string;
  /** True when something already lies at an article's path, in the archive or not. */
  taken(ref: string): boolean;
}

/** What to do with a story: write a new article, replace the one imported from it, leave it, or say why it cannot be imported. */
export type ArticlePlan =
  | { action: "write" | "update"; ref: string; text: string; origin: string; indexed: IndexedArticle; notes: string[] }
  | { action: "skip"; ref: string; reason: string; notes: string[] }
  | { action: "fail"; message: string; problems: Problem[]; notes: string[]; ref?: string };

const months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/**
 * The article a story becomes: its fields as the story gives them (the title
 * title-cased on request, the date read in `zone` when it has no offset, related
 * stories linked to the archive), at `YYYY/MM/<slug>` (the one slug function's,
 * cut at a word when long; the next free `<slug>-2`
 * when another story holds the path), checked with the build's own schema.
 * A story whose origin (or, for an article imported without one, headline and
 * date) is already in the archive is left alone, or replaced with `update`.
 */
export function planArticle(story: Story, settings: ImportSettings, archive: ArchiveIndex): ArticlePlan {
  const notes = [...story.notes];
  const fail = (message: string, problems: Problem[] = []): ArticlePlan => ({ action: "fail", message, problems, notes });
  const title = settings.titleCase ? titleCaseHeadline(story.title) : story.title;
  if (title.trim() === "") return fail("the story has no headline.");
  if (!settings.titleCase && isShouted(story.title) && /\p{L}{2}/u.test(story.title)) notes.push("the headline is in capitals (--title-case writes it in title case)");
  if (story.date === undefined) return fail("the story has no date.");
  const written = storyDate(story.date, settings);
  if (!written.ok) return fail(`its date \`${story.date}\` cannot be read: ${written.reason}.`);
  const { date, instant } = written;
  if (!written.dateOnly && !hasOffset(story.date)) notes.push(`the file gives no time zone for \`${story.date}\`: read in ${settings.zone}${settings.zone === settings.site.timeZone ? ", the site's zone (--zone sets another)" : ""}`);
  notes.push(...dayNotes(story, instant, settings.site.timeZone));

  const origin = `${story.format}:${story.id}`;
  const slug = storySlug(story, title);
  const baseRef = contentRef(instant, slug, settings.site.timeZone);
  const before = archive.withOrigin(origin) ?? sameStoryWithoutOrigin(archive.get(baseRef), title, instant, settings.site.timeZone);
  if (before !== undefined && !settings.update) {
    return { action: "skip", ref: before.ref, reason: `imported before as ${before.ref} (--update writes it again)`, notes };
  }
  const ref = before?.ref ?? freeRef(baseRef, settings);
  if (ref !== baseRef && before === undefined) notes.push(`${baseRef} holds another story; this one is written as ${ref}`);

  const related = resolveRelated(story.related, archive, story.siteUrl === undefined ? [] : [new URL(story.siteUrl).origin]);
  notes.push(...related.notes);
  const ownUrl = articleUrl(calendarDay(instant, settings.site.timeZone), ref.slice(ref.lastIndexOf("/") + 1));
  const aliases = story.aliases.filter((alias) => {
    const holder = archive.withAlias(alias);
    const fault = aliasFault(alias);
    if (alias === ownUrl) notes.push(`its old address ${alias} is also its new one, so it needs no alias`);
    else if (fault !== undefined) notes.push(`its old address cannot be kept as an alias: ${fault}`);
    else if (holder !== undefined && holder !== ref) notes.push(`its old address ${alias} is already an alias of ${holder}; it was left out`);
    return alias !== ownUrl && fault === undefined && (holder === undefined || holder === ref);
  });
  const lang = storyLanguage(story, settings.site.language, notes);
  const fields: FrontMatterFields = {
    title,
    date,
    source: settings.source ?? story.source,
    dateline: story.dateline,
    byline: story.byline,
    topics: story.topics,
    summary: story.summary,
    lang,
    image: storyImage(story, notes),
    related: related.entries,
    corrections: story.corrections.map((correction) => {
      const when = storyDate(correction.date, settings);
      return { date: when.ok ? when.date : correction.date, text: correction.text };
    }),
    aliases,
    draft: story.draft || undefined,
    origin,
  };
  if (story.topics.length === 0) notes.push("no topics (add them)");
  if (story.summary === undefined) notes.push("no summary (the first paragraph will be used)");

  const text = articleText(fields, story.body);
  const { problems } = loadArticle(text, { file: settings.fileOf(ref), ref }, { timeZone: settings.site.timeZone, language: settings.site.language });
  if (problems.some((problem) => problem.severity === "error")) return { action: "fail", message: "the article made from it does not pass the article checks.", problems, notes, ref };
  const indexed: IndexedArticle = { ref, title, date, origin, aliases };
  return { action: before === undefined ? "write" : "update", ref, text, origin, indexed, notes };
}

/**
 * A date as the article writes it (ISO 8601 with its offset, read in `zone`
 * without one; a day alone stays a day alone, as the copy gives no time), and
 * the instant the build reads it as (a day alone: its start in the site's zone).
 */
function storyDate(text: string, settings: ImportSettings): { ok: true; date: string; instant: string; dateOnly: boolean } | { ok: false; reason: string } {
  const parsed = parseArticleDate(text, settings.zone);
  if (!parsed.ok) return parsed;
  if (!parsed.dateOnly) return { ok: true, date: parsed.iso, instant: parsed.iso, dateOnly: false };
  const day = text.trim();
  const read = parseArticleDate(day, settings.site.timeZone);
  return { ok: true, date: day, instant: read.ok ? read.iso : parsed.iso, dateOnly: true };
}

/** True when an ISO 8601 text ends with an offset or `Z`. */
function hasOffset(iso: string): boolean {
  return /T[\d:.]+(?:Z|[+-]\d{2}(?::?\d{2})?)$/iu.test(iso.trim());
}

/** The page's dateline lead shows the day of the date as written: say so when that is not the day the copy's dateline states. */
function dayNotes(story: Story, date: string, timeZone: string): string[] {
  const stated = story.datelineDay;
  if (stated === undefined || story.dateline === undefined) return [];
  const shown = datelineDay(date, timeZone);
  if (shown.month === stated.month && shown.day === stated.day) return [];
  return [
    `the dateline states ${months[stated.month - 1]} ${stated.day} but the date ${date} falls on ${months[shown.month - 1]} ${shown.day}, which the page's dateline would show; give the date with the offset of the dateline's place (--zone, or --date for wire copy)`,
  ];
}

/** The file's own slug (a WordPress post's, decoded and transliterated when in another script), else one made from the headline. */
function storySlug(story: Story, title: string): string {
  return slugify(story.slug !== undefined && story.slug.trim() !== "" ? safeDecode(story.slug) : title);
}

/** `%d8%af%d9%85` → `دم`: WordPress keeps non-Latin slugs percent-escaped. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** An article with the same headline and publication time, imported before origins were kept: the same story. */
function sameStoryWithoutOrigin(article: IndexedArticle | undefined, title: string, date: string, timeZone: string): IndexedArticle | undefined {
  if (article === undefined || article.origin !== undefined || article.date === undefined) return undefined;
  const parsed = parseArticleDate(article.date, timeZone);
  return parsed.ok && article.title === title && epochMillis(parsed.iso) === epochMillis(date) ? article : undefined;
}

/** `ref`, or `ref-2`, `ref-3` …: the first path nothing lies at. */
function freeRef(ref: string, settings: ImportSettings): string {
  if (!settings.taken(ref)) return ref;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${ref}-${suffix}`;
    if (!settings.taken(candidate)) return candidate;
  }
}

/**
 * The story's language tag, written only when it is another language than the
 * site's (`en-US` on an `en` site is not). A story published in the site's
 * language with a headline without a Latin letter gets a note: it is probably in another.
 */
function storyLanguage(story: Story, siteLanguage: string, notes: string[]): string | undefined {
  const tag = story.lang === undefined ? undefined : canonicalLanguage(story.lang.trim());
  if (story.lang !== undefined && tag === undefined) notes.push(`its language \`${story.lang}\` is not a language code; it was left out`);
  const written = tag === undefined || new Intl.Locale(tag).language === new Intl.Locale(siteLanguage).language ? undefined : tag;
  if (written === undefined && !/\p{Script=Latin}/u.test(story.title)) {
    notes.push(`no language: it will be published as \`${siteLanguage}\`, the site's language; add \`lang:\` with its code (e.g. \`lang: ar\`) if the story is in another`);
  }
  return written;
}

/** The lead picture, when its address is absolute and it has a description (the file's, or else its caption). */
function storyImage(story: Story, notes: string[]): FrontMatterFields["image"] {
  const image = story.image;
  if (image === undefined) return undefined;
  if (!URL.canParse(image.url) || !/^https?:$/u.test(new URL(image.url).protocol)) {
    notes.push(`the lead picture \`${image.url}\` has no absolute http(s) address; it was left out`);
    return undefined;
  }
  const alt = image.alt ?? image.caption;
  if (alt === undefined) {
    notes.push(`the lead picture ${image.url} has no description or caption; it was left out (add \`image:\` with an \`alt:\` describing it)`);
    return undefined;
  }
  if (image.alt === undefined) notes.push("the lead picture has no description; its caption was used (check `image.alt`)");
  return { url: image.url, alt, caption: image.caption, credit: image.credit };
}
