import { problem } from "../content/catalogue.ts";
import type { Problem } from "../content/problems.ts";
import { type Article, type ArticleLink, linkTo, type RelatedLink } from "./model.ts";
import { normalizeReference, type PlannedArticle, ReferenceIndex } from "./references.ts";

/** Links an article makes to others: "Check also" entries and translations, resolved. */
export interface ResolvedLinks {
  related: Map<string, RelatedLink[]>;
  translations: Map<string, ArticleLink[]>;
  problems: Problem[];
}

/**
 * Resolve every reference an article makes to another. "Check also" entries
 * become that article's headline, URL and date, an outside link with its
 * domain, or a headline alone (with a warning, so that someone adds the
 * link); translations become links in their language. A reference to an
 * article that does not exist is an error naming the file and line, with the
 * nearest existing article as a hint; one to an article not yet published, or
 * to the article itself, is left out, with a warning.
 */
export function resolveLinks(
  planned: readonly PlannedArticle[],
  published: readonly Article[],
  invalidRefs: ReadonlySet<string> = new Set(),
): ResolvedLinks {
  const index = new ReferenceIndex(planned);
  const publishedByRef = new Map(published.map((article) => [article.ref, article]));
  const related = new Map<string, RelatedLink[]>();
  const translations = new Map<string, ArticleLink[]>();
  const problems: Problem[] = [];

  for (const { loaded } of planned) {
    const isPublished = publishedByRef.has(loaded.ref);
    /** The published article a reference names, reporting it when missing or unpublished. */
    const target = (reference: string, field: string, line: number): Article | undefined => {
      const found = index.find(reference);
      const place = { file: loaded.file, line, field };
      if (!found) {
        if (invalidRefs.has(normalizeReference(reference))) return undefined; // that file's own errors are reported
        problems.push(problem("RelatedMissing", place, { reference, suggestion: index.suggest(reference) }));
        return undefined;
      }
      if (found.loaded.ref === loaded.ref) {
        problems.push(problem("RelatedSelf", place, { reference }));
        return undefined;
      }
      const article = publishedByRef.get(found.loaded.ref);
      if (!article && isPublished) problems.push(problem("RelatedUnpublished", place, { reference }));
      return article;
    };

    const links: RelatedLink[] = [];
    loaded.fields.related.forEach((reference, position) => {
      const line = loaded.lines[`related[${position}]`] ?? loaded.lines["related"] ?? 1;
      if (reference.kind === "link") {
        links.push({ kind: "link", title: reference.title, url: reference.url, domain: domainOf(reference.url) });
        return;
      }
      if (reference.kind === "headline") {
        links.push(reference);
        problems.push(problem("RelatedUnlinked", { file: loaded.file, line, field: `related[${position}]` }, { title: reference.title }));
        return;
      }
      const article = target(reference.ref, `related[${position}].article`, line);
      if (article) links.push({ kind: "article", ...linkTo(article) });
    });
    related.set(loaded.ref, links);

    const versions: ArticleLink[] = [];
    loaded.fields.translations.forEach((reference, position) => {
      const article = target(reference, `translations[${position}]`, loaded.lines["translations"] ?? 1);
      if (!article) return;
      if (article.lang === loaded.fields.lang) {
        const place = { file: loaded.file, line: loaded.lines["translations"] ?? 1, field: `translations[${position}]` };
        problems.push(problem("TranslationSameLanguage", place, { reference, lang: article.lang }));
        return;
      }
      versions.push(linkTo(article));
    });
    translations.set(loaded.ref, versions);
  }
  return { related, translations, problems };
}

/** `https://www.example.org/a` → `example.org`. */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
