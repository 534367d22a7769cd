import { isAgencyName } from "./agencies.ts";
import { isNameParticle, isShouted, titleCaseName } from "./letter-case.ts";

/** Longest name a byline may hold, in words: longer is a sentence, not a name. */
const maxWordsPerName = 6;

/** A word of a name: letters (any script), joined by apostrophes or hyphens. */
const nameWord = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u;
/** Initials (`H.`, `H.S.`) and the suffixes of a name (`Jr.`). */
const abbreviation = /^(?:\p{Lu}\.){1,3}$|^(?:Jr|Sr)\.$/u;
/** A word that may open a name: a capital, or a letter of a script without case. */
const capitalised = /^[\p{Lu}\p{Lt}\p{Lo}\p{Lm}]/u;

/**
 * The names of a byline line (`Reem/Hazem Sabbagh` → `["Reem", "Hazem Sabbagh"]`), or
 * undefined when the line is not one: every name is at most six words of letters
 * (dots, apostrophes and hyphens allowed within a name), capitalised where the
 * script has capitals, and the line has no sentence punctuation.
 */
export function readByline(line: string): string[] | undefined {
  const names = line.split("/").map((name) => name.trim().replace(/\s+/gu, " "));
  if (names.length === 0 || names.some((name) => !isName(name))) return undefined;
  return names;
}

/** True when `name` reads as a person's name: a few capitalised words, particles such as `al-` or `von` aside. */
export function isName(name: string): boolean {
  const words = name.split(" ");
  if (name === "" || words.length > maxWordsPerName) return false;
  if (!words.every((word) => nameWord.test(word) || abbreviation.test(word))) return false;
  if (!capitalised.test(name)) return false;
  return words.every((word) => capitalised.test(word) || isNameParticle(word));
}

/**
 * Wire copy ends with the byline: find it on the last non-empty line of the story.
 * Returns the story lines without it, and its names (none when the last line is
 * not a byline, names an agency, or is all the story there is).
 */
export function findByline(lines: readonly string[], agencies: Iterable<string> = []): { lines: string[]; names: string[] } {
  const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== "");
  const last = filled.at(-1);
  if (last === undefined || filled.length < 2) return { lines: [...lines], names: [] };
  const names = readByline(last.line);
  if (names === undefined || names.some((name) => isAgencyName(name, agencies))) return { lines: [...lines], names: [] };
  return { lines: lines.filter((_, index) => index !== last.index), names };
}

/** `By`, `Von`, `Par`, `Por`, `Door`, `Av`, `Af`, `بقلم`: the word that opens a byline. */
const bylinePrefix = /^(?:(?:written\s+)?by|von|par|por|door|av|af|di|بقلم)[\s:]+/iu;
/** What joins two names: commas, slashes, `and` and `with` in the languages agencies write. */
const nameSeparator = /\s*(?:[,;/&|]|\s(?:and|with|und|mit|et|avec|y|con|e|com|og|och|en|i)\s|\s[-–—]\s)\s*/iu;
/** Words of a job title or a desk, never of a name. */
const titleWords = new Set([
  "writer", "correspondent", "reporter", "editor", "editors", "staff", "bureau", "chief", "photographer", "columnist", "contributor",
  "analyst", "special", "service", "desk", "press", "news", "agency", "wire", "international", "senior", "deputy", "political",
  "economics", "business", "diplomatic", "redaktion", "korrespondent", "korrespondentin", "correspondant", "correspondante",
  "envoyé", "envoyée", "spécial", "corresponsal", "enviado", "redacción", "agencies",
]);
const emailAddress = /\S+@\S+\.\S+/u;

/**
 * The people a free-text byline names, as an editor would write them:
 * `By JANE DOE and John Smith, Associated Press Writers` → `["Jane Doe", "John Smith"]`.
 * The opening `By`/`Von`, job titles, e-mail addresses, agency names and
 * `(dpa)`-style suffixes are left out; `dropped` lists what was taken out that
 * was not a recognised prefix, title or agency, for the editor to check.
 */
export function namesFromByline(text: string, agencies: Iterable<string> = []): { names: string[]; dropped: string[] } {
  const known = [...agencies];
  const cleaned = text
    .replace(/\s+/gu, " ")
    .replace(/\([^)]*\)/gu, " ")
    .replace(emailAddress, " ")
    .trim()
    .replace(bylinePrefix, "");
  const names: string[] = [];
  const dropped: string[] = [];
  for (const raw of cleaned.split(nameSeparator)) {
    const part = raw.replace(/^[\s.:–—-]+|[\s,:;–—-]+$/gu, "").replace(/\s+in\s+\p{Lu}[\p{L} -]*$/u, "").trim();
    if (part === "" || isAgencyName(part, known)) continue;
    if (part.split(/\s+/u).some((word) => titleWords.has(word.toLocaleLowerCase("en")))) continue;
    const name = part
      .split(" ")
      .map((word) => (isShouted(word) && /\p{L}{3}/u.test(word) ? titleCaseName(word) : word))
      .join(" ");
    if (isName(name) && !isAgencyName(name.split(" ").at(-1) ?? "", known)) names.push(name);
    else if (isName(name)) names.push(name.split(" ").slice(0, -1).join(" "));
    else dropped.push(part);
  }
  return { names: [...new Set(names.filter((name) => name !== ""))], dropped };
}

/** The names of a free-text byline (as `namesFromByline` reads them), with a note for the editor on what was not read as a name. */
export function bylineNames(text: string, agencies: Iterable<string> = []): { names: string[]; notes: string[] } {
  const { names, dropped } = namesFromByline(text, agencies);
  return { names, notes: dropped.length > 0 ? [`not read as names in the byline: ${dropped.map((part) => `\`${part}\``).join(", ")}`] : [] };
}
