import type { SiteConfig } from "../config/site-schema.ts";
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
  return [
    {
      code: "DatelineTyped",
      severity: "warning",
      file: article.file,
      line: article.bodyLine + Math.max(rendered.excerptLine, 1) - 1,
      message: `The story starts with a dateline, \`${typed[0].trim()}\`, and the site adds one from the front matter: readers would see it twice.`,
      hint: "Delete the dateline from the start of the story; `dateline:` and `source:` in the front matter are enough.",
    },
  ];
}

function rawHtmlWarnings(article: ArticleRecord, rendered: StoryFacts): Problem[] {
  return rendered.rawHtmlLines.map((line) => ({
    code: "RawHtmlRemoved",
    severity: "warning",
    file: article.file,
    line: article.bodyLine + line - 1,
    message: "Raw HTML is removed from the published article.",
    hint: "Write it in Markdown instead: `**bold**`, `*italic*`, `[link](https://…)`.",
  }));
}
