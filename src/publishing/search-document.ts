import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Article } from "../archive/model.ts";
import { formatDate } from "../filters/format-date.ts";
import { languageName } from "../filters/language-name.ts";

/**
 * What the search index reads of an article page: headline, summary and story,
 * with its filters (source, topics, year, language), its sort key (date) and
 * what a result shows (title, date). Built as a syntax tree and serialized, so
 * every value is escaped by the serializer; the story goes in as the sanitized
 * HTML the pipeline made of it, without being parsed again.
 */
export function searchDocument(article: Article, timeZone: string): string {
  const story = { type: "raw" as const, value: article.html };
  const filters = [
    h("span", { dataPagefindFilter: "source" }, article.source.name),
    ...article.topics.map((topic) => h("span", { dataPagefindFilter: "topic" }, topic.name)),
    h("span", { dataPagefindFilter: "year" }, article.day.year),
    h("span", { dataPagefindFilter: "language" }, languageName(article.lang)),
  ];
  const document = h("html", { lang: article.lang, dir: article.dir }, [
    h("head", [h("meta", { charSet: "utf-8" }), h("title", article.title)]),
    h("body", [
      h(
        "article",
        {
          dataPagefindBody: "",
          dataPagefindSort: `date:${Math.floor(article.publishedMs / 1000)}`,
          dataPagefindMeta: `date:${formatDate(article.published, article.lang, timeZone)}`,
        },
        [h("h1", { dataPagefindMeta: "title" }, article.title), h("p", article.summary), story, h("div", { dataPagefindIgnore: "" }, filters)],
      ),
    ]),
  ]);
  return `<!DOCTYPE html>${toHtml(document, { allowDangerousHtml: true })}`;
}
