import type { Problem } from "../content/problems.ts";
import type { Story } from "./build-archive.ts";
import type { Article } from "./model.ts";

/** One story as the desk lists it. */
export interface DeskStory {
  title: string;
  url: string;
  file: string;
  /** ISO 8601 publication time: for an embargoed story, when it goes live. */
  published: string;
  draft: boolean;
  embargoed: boolean;
  errors: number;
  warnings: number;
  /** Fields an editor usually fills that this story leaves empty. */
  missing: ("topics" | "summary")[];
}

/**
 * What the desk needs to see before anything goes out, each list newest
 * first: drafts, embargoed stories (with the time each goes live), stories
 * with problems, and stories without topics or a summary.
 */
export interface Desk {
  drafts: DeskStory[];
  embargoed: DeskStory[];
  withProblems: DeskStory[];
  incomplete: DeskStory[];
}

/**
 * The desk view of a planned archive (the preview's, which holds drafts and
 * embargoed stories): pure, from the articles, the problems the content has
 * and the stories as written (a summary taken from the first paragraph is
 * not the editor's).
 */
export function deskView(articles: readonly Article[], problems: readonly Problem[], stories: readonly Story[]): Desk {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const problem of problems) {
    const count = counts.get(problem.file) ?? { errors: 0, warnings: 0 };
    if (problem.severity === "error") count.errors++;
    else count.warnings++;
    counts.set(problem.file, count);
  }
  const withSummary = new Set(stories.filter((story) => story.loaded.fields.summary !== undefined).map((story) => story.loaded.ref));
  const listed = articles.map((article): DeskStory => {
    const { errors = 0, warnings = 0 } = counts.get(article.file) ?? {};
    const missing = [...(article.topics.length === 0 ? (["topics"] as const) : []), ...(withSummary.has(article.ref) ? [] : (["summary"] as const))];
    const { title, url, file, published, draft, embargoed } = article;
    return { title, url, file, published, draft, embargoed, errors, warnings, missing };
  });
  return {
    drafts: listed.filter((story) => story.draft),
    embargoed: listed.filter((story) => story.embargoed),
    withProblems: listed.filter((story) => story.errors + story.warnings > 0),
    incomplete: listed.filter((story) => story.missing.length > 0),
  };
}
