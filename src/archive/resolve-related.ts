import type { ArticleRecord } from "../content/load-article.ts";
import type { Problem } from "../content/problems.ts";
import type { Article, RelatedLink } from "./model.ts";

/** An article of the content folder, published or not, with its planned URL. */
export interface PlannedArticle {
  loaded: ArticleRecord;
  url: string;
}

/**
 * Resolve every "Check Also" entry: references to articles of the archive become
 * that article's headline, URL and date; outside links keep their title and show
 * their domain. A reference to an article that does not exist is an error naming
 * the file and line; one to an article not yet published is left out, with a warning.
 */
export function resolveRelated(
  planned: readonly PlannedArticle[],
  published: readonly Article[],
  invalidRefs: ReadonlySet<string> = new Set(),
): { links: Map<string, RelatedLink[]>; problems: Problem[] } {
  const byRef = new Map(planned.map((plan) => [plan.loaded.ref, plan]));
  const byUrl = new Map(planned.map((plan) => [plan.url, plan]));
  const publishedByRef = new Map(published.map((article) => [article.ref, article]));
  const links = new Map<string, RelatedLink[]>();
  const problems: Problem[] = [];

  for (const { loaded } of planned) {
    const resolved: RelatedLink[] = [];
    loaded.fields.related.forEach((reference, index) => {
      if (reference.kind === "link") {
        resolved.push({ kind: "link", title: reference.title, url: reference.url, domain: domainOf(reference.url) });
        return;
      }
      const key = normalizeReference(reference.ref);
      const target = byRef.get(key) ?? byUrl.get(key);
      const line = loaded.lines[`related[${index}]`] ?? loaded.lines["related"] ?? 1;
      if (!target && invalidRefs.has(key)) return; // that file's own errors are reported
      if (!target) {
        const suggestion = suggest(key, byRef);
        problems.push({
          code: "RelatedMissing",
          severity: "error",
          file: loaded.file,
          line,
          field: `related[${index}].article`,
          message: `No article \`${reference.ref}\` in the archive.`,
          hint: suggestion
            ? `Did you mean \`${suggestion}\`?`
            : "Refer to another article by its path under the content folder, without `.md`: `article: 2015/10/lavrov-strikes`.",
        });
        return;
      }
      const article = publishedByRef.get(target.loaded.ref);
      if (article) {
        resolved.push({ kind: "article", title: article.title, url: article.url, published: article.published, lang: article.lang });
      } else if (publishedByRef.has(loaded.ref)) {
        problems.push({
          code: "RelatedMissing",
          severity: "warning",
          file: loaded.file,
          line,
          field: `related[${index}].article`,
          message: `\`${reference.ref}\` is not published yet (a draft, or dated in the future); the link is left out until it is.`,
        });
      }
    });
    links.set(loaded.ref, resolved);
  }
  return { links, problems };
}

/** `./2015/10/x.md`, `content/2015/10/x` and `/2015/10/x` all name `2015/10/x`; URLs stay URLs. */
function normalizeReference(reference: string): string {
  const trimmed = reference.trim();
  if (/^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/.test(trimmed)) return trimmed.endsWith("/") ? trimmed : `${trimmed}/`;
  return trimmed.replace(/^\.?\//, "").replace(/^content\//, "").replace(/\.md$/, "");
}

/** An article with the same file name in another folder: the usual slip. */
function suggest(key: string, byRef: ReadonlyMap<string, PlannedArticle>): string | undefined {
  const name = key.slice(key.lastIndexOf("/") + 1);
  for (const ref of byRef.keys()) if (ref.endsWith(`/${name}`) || ref === name) return ref;
  return undefined;
}

/** `https://www.example.org/a` → `example.org`. */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
