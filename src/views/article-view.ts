import type { Article, LeadPicture } from "../archive/model.ts";
import { correctionAnchor } from "../archive/urls.ts";
import { absoluteUrl } from "../filters/absolute-url.ts";
import { newsArticle, scriptJson } from "../filters/structured-data.ts";
import { joinedNames, type NamePart } from "./joined-names.ts";
import { type NamedLink, namedPeriods } from "./period-views.ts";
import { type PageHead, pageHead } from "./page-head.ts";
import type { ViewContext } from "./view-context.ts";

/** What an article page shows besides the article itself, decided once here. */
export interface ArticleView {
  head: PageHead;
  /** Year › month › day of its publication, after Home. */
  crumbs: NamedLink[];
  /** `article:*` link-preview tags, in order. */
  meta: { property: string; content: string }[];
  /** The article and its translations, for `hreflang` (empty without translations). */
  alternates: { lang: string; url: string }[];
  /** JSON-LD `NewsArticle`, ready for its script element. */
  structuredData: string;
  /** The bylines joined as the article's language joins names, each name a link to its byline page. */
  bylines: NamePart[];
  picture: LeadPicture | undefined;
  /** Its corrections, oldest first, each with the id the corrections page links to. */
  corrections: { id: string; date: string; text: string }[];
  /** Not published: drafts and embargoed stories in a preview. */
  preview: { draft: boolean; embargoed: boolean } | undefined;
}

export function articleView(article: Article, context: ViewContext): ArticleView {
  const { site } = context;
  const absolute = (url: string) => absoluteUrl(url, site.baseUrl, site.pathPrefix);
  const unpublished = article.draft || article.embargoed;
  return {
    head: pageHead(
      { name: article.title, description: article.summary, lang: article.lang, ogType: "article", noindex: unpublished, picture: article.image },
      context,
    ),
    crumbs: namedPeriods(article.breadcrumbs, context),
    meta: [
      { property: "article:published_time", content: article.published },
      { property: "article:modified_time", content: article.modified },
      ...article.topics.slice(0, 1).map((topic) => ({ property: "article:section", content: topic.name })),
      ...article.topics.map((topic) => ({ property: "article:tag", content: topic.name })),
      ...article.bylines.map((byline) => ({ property: "article:author", content: absolute(byline.url) })),
    ],
    alternates: article.translations.length === 0 ? [] : [article, ...article.translations].map((version) => ({ lang: version.lang, url: absolute(version.url) })),
    structuredData: scriptJson(newsArticle(article, site)),
    bylines: joinedNames(article.bylines.map((byline) => ({ name: byline.person?.name ?? byline.name, url: byline.url })), article.lang),
    picture: article.image,
    corrections: article.corrections.map((correction, index) => ({ id: correctionAnchor(index + 1), date: correction.date, text: correction.text })),
    preview: unpublished ? { draft: article.draft, embargoed: article.embargoed } : undefined,
  };
}
