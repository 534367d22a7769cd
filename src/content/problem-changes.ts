import { type Problem, sortProblems } from "./problems.ts";

/** What changed between two lists of problems: those that are new, and those that went away. */
export interface ProblemChanges {
  added: Problem[];
  resolved: Problem[];
}

/** A problem's identity without its place in the file, so that a line added above it does not make it new. */
function kindOf(problem: Problem): string {
  return [problem.code, problem.severity, problem.file, problem.field ?? "", problem.message].join("\0");
}

/**
 * The problems of `after` that `before` did not have, and those of `before`
 * gone from `after`. A problem counts as the same when its code, file, field
 * and message are: one that only moved to another line is neither new nor
 * resolved. Both lists come back in report order.
 */
export function problemChanges(before: readonly Problem[], after: readonly Problem[]): ProblemChanges {
  const waiting = new Map<string, Problem[]>();
  for (const problem of before) {
    const key = kindOf(problem);
    waiting.set(key, [...(waiting.get(key) ?? []), problem]);
  }
  const added: Problem[] = [];
  for (const problem of after) {
    const same = waiting.get(kindOf(problem)) ?? [];
    if (same.length === 0) {
      added.push(problem);
      continue;
    }
    // Of several alike (raw HTML on two lines), the one on the same line matches first.
    same.splice(Math.max(same.findIndex((earlier) => earlier.line === problem.line), 0), 1);
  }
  return { added: sortProblems(added), resolved: sortProblems([...waiting.values()].flat()) };
}
