import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Article } from "../archive/model.ts";
import { formatDate } from "../filters/format-date.ts";
import { languageName } from "../filters/language-name.ts";

/**
 * What the search index reads of an article: summary, story, bylines and
 * dateline as searchable text, then the headline, weighted, as a section of
 * its own (a heading with an id: Pagefind keeps each section's excerpt within
 * it, so the search page shows an excerpt of the story that never repeats
 * the headline), its filters (source,
 * topics, bylines, dateline, year, language), its sort key (date) and what a
 * result shows (headline, date, dateline, source, bylines, language). Built
 * as a syntax tree and serialized, so every value is escaped by the
 * serializer; the story goes in as the sanitized HTML the pipeline made of
 * it, without being parsed again.
 */
export function searchDocument(article: Article, html: string, timeZone: string): string {
  const story = { type: "raw" as const, value: html };
  const bylines = article.bylines.map((byline) => byline.name);
  const filter = (name: string, value: string) => h("span", { dataPagefindFilter: name }, value);
  const meta = (name: string, value: string) => h("span", { dataPagefindMeta: name }, value);
  const hidden = [
    filter("source", article.source.name),
    ...article.topics.map((topic) => filter("topic", topic.name)),
    ...bylines.map((name) => filter("byline", name)),
    ...(article.dateline ? [filter("dateline", article.dateline.name)] : []),
    filter("year", article.day.year),
    filter("language", languageName(article.lang)),
    meta("date", formatDate(article.published, article.lang, timeZone)),
    meta("source", article.source.name),
    ...(article.dateline ? [meta("dateline", article.dateline.name)] : []),
    ...(bylines.length > 0 ? [meta("byline", bylines.join(", "))] : []),
    meta("lang", article.lang),
    meta("dir", article.dir),
  ];
  const document = h("html", { lang: article.lang, dir: article.dir }, [
    h("head", [h("meta", { charSet: "utf-8" }), h("title", article.title)]),
    h("body", [
      h("article", { dataPagefindBody: "", dataPagefindSort: `date:${Math.floor(article.publishedMs / 1000)}` }, [
        h("p", article.summary),
        story,
        h("p", [...bylines, ...(article.dateline ? [article.dateline.name] : [])].join(" · ")),
        h("h1", { id: "headline", dataPagefindMeta: "title", dataPagefindWeight: "7" }, article.title),
        h("div", { dataPagefindIgnore: "" }, hidden),
      ]),
    ]),
  ]);
  return `<!DOCTYPE html>${toHtml(document, { allowDangerousHtml: true })}`;
}
