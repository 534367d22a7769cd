import { epochMillis } from "../content/article-date.ts";
import { problem } from "../content/catalogue.ts";
import { articleWarnings } from "../content/load-article.ts";
import type { Problem } from "../content/problems.ts";
import type { Story } from "./build-archive.ts";

/** Dates further ahead than this of the build's reference time are probably mistyped. */
const farFutureMs = 366 * 24 * 60 * 60 * 1000;

/**
 * What planning reports about each story on its own, whether it was read
 * now or taken from the cache: the warnings found while reading it, a body
 * that could not be rendered, pictures of the story without a description,
 * and dates far in the future.
 */
export function storyProblems(stories: readonly Story[], now: number): Problem[] {
  const problems: Problem[] = [];
  for (const { loaded, facts } of stories) {
    problems.push(...articleWarnings(loaded));
    const failure = facts.failure;
    if (failure?.kind === "too-deep") problems.push(problem("BodyTooDeep", { file: loaded.file, line: loaded.bodyLine + failure.line - 1 }, { limit: failure.limit }));
    if (failure?.kind === "timed-out") problems.push(problem("BodyTimedOut", { file: loaded.file, line: loaded.bodyLine }, { seconds: failure.seconds }));
    if (failure?.kind === "crashed") problems.push(problem("ArticleFailed", { file: loaded.file, line: loaded.bodyLine }, { stage: "rendering", reason: failure.reason }));
    for (const picture of facts.pictures) {
      if (picture.alt === "") problems.push(problem("PictureAltMissing", { file: loaded.file, line: loaded.bodyLine + picture.line - 1 }, { src: picture.src }));
    }
    const { date, updated, corrections } = loaded.fields;
    for (const [field, value] of [["date", date], ["updated", updated], ...corrections.map((correction) => ["corrections", correction.date] as const)] as const) {
      if (value === undefined || epochMillis(value) - now <= farFutureMs) continue;
      problems.push(problem("DateFarFuture", { file: loaded.file, line: loaded.lines[field] ?? 1, field }, { date: value }));
    }
  }
  return problems;
}
