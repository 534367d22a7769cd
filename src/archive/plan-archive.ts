import type { SiteConfig } from "../config/site-schema.ts";
import { problem } from "../content/catalogue.ts";
import type { ArticleRecord } from "../content/load-article.ts";
import type { Problem } from "../content/problems.ts";
import type { StoryFacts } from "../markdown/render-body.ts";
import { type ArchiveOptions, buildArchive, type Story } from "./build-archive.ts";
import type { Archive } from "./model.ts";

/** Plan the archive from valid stories, with the warnings only rendering can give (raw HTML, a typed dateline). */
export function planArchive(stories: readonly Story[], site: SiteConfig, options: ArchiveOptions): { archive: Archive; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const story of stories) problems.push(...rawHtmlWarnings(story.loaded, story.facts), ...typedDatelineWarnings(story.loaded, story.facts));
  const planned = buildArchive(stories, site, options);
  return { archive: planned.archive, problems: [...problems, ...planned.problems] };
}

/**
 * A lead that opens like wire copy (`MOSCOW, Oct. 13 (SANA) —`, `Moscow, SANA-`):
 * pasted in with the story, it would stand next to the one the site writes.
 */
const typedDateline = /^[\p{L}][\p{L} .'’-]{1,40},\s*(?:[^()\n]{0,25}\([\p{L}\p{N} .&-]{2,30}\)|[\p{Lu}]{2,12})\s*[-–—]/u;

function typedDatelineWarnings(article: ArticleRecord, rendered: StoryFacts): Problem[] {
  const typed = article.fields.dateline === undefined ? null : typedDateline.exec(rendered.excerpt);
  if (!typed) return [];
  return [problem("DatelineTyped", { file: article.file, line: article.bodyLine + Math.max(rendered.excerptLine, 1) - 1 }, { typed: typed[0].trim() })];
}

function rawHtmlWarnings(article: ArticleRecord, rendered: StoryFacts): Problem[] {
  return rendered.rawHtmlLines.map((line) => problem("RawHtmlRemoved", { file: article.file, line: article.bodyLine + line - 1 }, {}));
}
