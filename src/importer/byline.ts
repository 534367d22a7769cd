/** Longest name a byline may hold, in words: longer is a sentence, not a name. */
const maxWordsPerName = 6;

/** Lowercase words that belong inside names (`Bashar al-Jaafari`, `Ursula von der Leyen`). */
const nameParticles = new Set(["al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "der", "van", "von", "le", "la", "ter", "ten", "dos", "das", "y"]);

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

function isName(name: string): boolean {
  const words = name.split(" ");
  if (name === "" || words.length > maxWordsPerName) return false;
  if (!words.every((word) => nameWord.test(word) || abbreviation.test(word))) return false;
  if (!capitalised.test(name)) return false;
  return words.every((word) => capitalised.test(word) || isParticle(word));
}

/** `al`, `al-Jaafari`, `von`: a lowercase part of a name. */
function isParticle(word: string): boolean {
  const head = word.split(/['’-]/u)[0] ?? word;
  return nameParticles.has(head);
}

/**
 * Wire copy ends with the byline: find it on the last non-empty line of the story.
 * Returns the story lines without it, and its names (none when the last line is
 * not a byline, or is all the story there is).
 */
export function findByline(lines: readonly string[]): { lines: string[]; names: string[] } {
  const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.trim() !== "");
  const last = filled.at(-1);
  if (last === undefined || filled.length < 2) return { lines: [...lines], names: [] };
  const names = readByline(last.line);
  if (names === undefined) return { lines: [...lines], names: [] };
  return { lines: lines.filter((_, index) => index !== last.index), names };
}
