import { existsSync } from "node:fs";
import { parseFrontMatter } from "../content/front-matter.ts";
import { readContent } from "../content/read-content.ts";
import { headlineKey } from "./related-story.ts";

/** What the importer needs to know of an article of the archive. */
export interface IndexedArticle {
  /** Path under the content folder, without `.md`. */
  ref: string;
  title: string;
  /** `date:` as written. */
  date?: string;
  /** `origin:` as written, for an imported article. */
  origin?: string;
  aliases: readonly string[];
}

/** The identity an `origin:` names, whatever the format: the same agency item sent as NewsML-G2 and as ninjs is one story. */
export function originIdentity(origin: string): string {
  return origin.slice(origin.indexOf(":") + 1);
}

/**
 * The articles of the content folder, and those imported so far in this run, by
 * path, by origin, by headline and by old address: how the importer recognises a
 * story it imported before, finds a free path and links related stories.
 */
export class ArchiveIndex {
  private readonly byRef = new Map<string, IndexedArticle>();
  private readonly byIdentity = new Map<string, string>();
  private readonly byHeadline = new Map<string, string[]>();
  private readonly byAlias = new Map<string, string>();

  /** An index of these articles. */
  static of(articles: Iterable<IndexedArticle>): ArchiveIndex {
    const index = new ArchiveIndex();
    for (const article of articles) index.add(article);
    return index;
  }

  /**
   * The articles of a content folder (none when it does not exist yet). Only the
   * front matter is read, not checked: an article with a broken field is still
   * one the importer must not write over or import again.
   */
  static async read(contentDir: string): Promise<ArchiveIndex> {
    const index = new ArchiveIndex();
    if (!existsSync(contentDir)) return index;
    const { files } = await readContent({ contentDir });
    for (const { ref, text } of files) {
      const parsed = parseFrontMatter(text);
      const data = parsed.ok ? parsed.value.data : {};
      const field = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
      const aliases = Array.isArray(data["aliases"]) ? data["aliases"].filter((alias): alias is string => typeof alias === "string") : [];
      const date = field("date");
      const origin = field("origin");
      index.add({ ref, title: field("title") ?? "", ...(date === undefined ? {} : { date }), ...(origin === undefined ? {} : { origin }), aliases });
    }
    return index;
  }

  /** Record an article, replacing what was known of the one at its path. */
  add(article: IndexedArticle): void {
    this.byRef.set(article.ref, article);
    if (article.origin !== undefined) this.byIdentity.set(originIdentity(article.origin), article.ref);
    const key = headlineKey(article.title);
    if (key !== "") {
      const refs = this.byHeadline.get(key) ?? [];
      if (!refs.includes(article.ref)) this.byHeadline.set(key, [...refs, article.ref]);
    }
    for (const alias of article.aliases) this.byAlias.set(alias, article.ref);
  }

  /** The article at a path. */
  get(ref: string): IndexedArticle | undefined {
    return this.byRef.get(ref);
  }

  /** The article imported from the story with this origin, if any. */
  withOrigin(origin: string): IndexedArticle | undefined {
    const ref = this.byIdentity.get(originIdentity(origin));
    return ref === undefined ? undefined : this.byRef.get(ref);
  }

  /** The paths of the articles with this headline, compared as `headlineKey` does. */
  withHeadline(headline: string): string[] {
    return this.byHeadline.get(headlineKey(headline)) ?? [];
  }

  /** The path of the article that keeps this old address. */
  withAlias(alias: string): string | undefined {
    return this.byAlias.get(alias);
  }
}
