import { agencyName } from "./agencies.ts";

/** What closes a piece of wire copy below the story, taken off it. */
export interface SignOff {
  /** The story lines without the sign-off. */
  lines: string[];
  /** The agency that signed the copy off, as agencies write it (`REUTER` → `Reuter`). */
  agency?: string;
  /** Credit lines (`Reporting by …; Editing by …`), without their brackets. */
  credits: string[];
}

/** `MORE`, `(MORE)`, `ENDS`, `-30-`, `###`: transmission markers, not story text. */
const transmissionMarker = /^\(?\s*(?:more|more to follow|more follows|end|ends|end of story|nnnn|xxx|-+\s*30\s*-+|-+\s*0\s*-+|#{3,})\s*\)?$/iu;
/** `(Reporting by …; Editing by …)`, `Compiled by …`: who worked on the copy, not what it says. */
const creditLine = /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|translated|translation|text|photos?|graphics?)\s+by\b/iu;

/**
 * Take the sign-off off the end of wire copy: transmission markers (`MORE`),
 * an agency's name alone on its line (`Reuter`, `REUTER`, or one of `agencies`),
 * and credit lines (`(Reporting by …; Editing by …)`), in any order and with
 * blank lines between them. None of it is a byline.
 */
export function takeSignOff(lines: readonly string[], agencies: Iterable<string> = []): SignOff {
  const known = [...agencies];
  let end = lines.length;
  let agency: string | undefined;
  const credits: string[] = [];
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = (lines[index] ?? "").trim();
    if (line === "") continue;
    if (transmissionMarker.test(line)) {
      end = index;
      continue;
    }
    const named = agencyName(line.replace(/^[(\s]+|[)\s.]+$/gu, ""), known);
    if (named !== undefined) {
      agency ??= named;
      end = index;
      continue;
    }
    const start = creditStart(lines, index);
    if (start !== undefined) {
      const credit = lines.slice(start, index + 1).map((part) => part.trim()).join(" ");
      credits.unshift(credit.replace(/^\(\s*|\s*\)$/gu, ""));
      end = start;
      index = start;
      continue;
    }
    break;
  }
  return { lines: lines.slice(0, end), ...(agency === undefined ? {} : { agency }), credits };
}

/** The first line of a credit that ends on line `last`: it may be wrapped over a few lines of one paragraph. */
function creditStart(lines: readonly string[], last: number): number | undefined {
  for (let index = last; index >= Math.max(0, last - 3); index--) {
    const line = (lines[index] ?? "").trim();
    if (line === "") return undefined;
    if (creditLine.test(line)) return index === last || line.startsWith("(") ? index : undefined;
  }
  return undefined;
}
