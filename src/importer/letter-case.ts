import { titleCase } from "title-case";

/** Lowercase words that belong inside names of people and places (`Bashar al-Jaafari`, `Deir ez-Zor`, `Frankfurt am Main`). */
export const nameParticles: ReadonlySet<string> = new Set([
  "al", "el", "ez", "es", "ed", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "abu",
  "de", "del", "della", "di", "du", "da", "dos", "das", "la", "le", "les", "los", "las", "y",
  "of", "on", "upon", "sur", "am", "der", "den", "van", "von", "ter", "ten",
]);

/** `al`, `al-Jaafari`, `von`: a lowercase part of a name. */
export function isNameParticle(word: string): boolean {
  return nameParticles.has(word.split(/['’-]/u)[0] ?? word);
}

/** Initials such as `U.S.` or `D.C.`, which keep their capitals. */
const initials = /^(?:\p{Lu}\.)+$/u;

/** True when a text has capitals and no lowercase letter: it was written in capitals. */
export function isShouted(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * A name written all in capitals, as datelines and bylines often are, or all in
 * lower case, in title case: `DAMASCUS` → `Damascus`, `DEIR EZ-ZOR` → `Deir Ez-Zor`,
 * `new york` → `New York`; initials stay (`WASHINGTON, D.C.`). A name in mixed
 * case, or in a script without case, is kept as written.
 */
export function titleCaseName(name: string): string {
  const whispered = !/\p{Lu}/u.test(name) && /\p{Ll}/u.test(name);
  if (!isShouted(name) && !whispered) return name;
  return name
    .split(/([\s-]+)/u)
    .map((part, index) => {
      if (initials.test(part)) return part;
      const lower = part.toLocaleLowerCase("en");
      if (whispered && index > 0 && nameParticles.has(lower)) return lower;
      return `${lower.slice(0, 1).toLocaleUpperCase("en")}${lower.slice(1)}`;
    })
    .join("");
}

/** Abbreviations that headlines write in capitals and that stay so. */
const acronyms = new Set([
  "US", "UK", "UN", "EU", "UAE", "USSR", "NATO", "OPEC", "IMF", "GDP", "GNP", "CEO", "AP", "AFP", "UPI", "BBC", "CIA", "FBI",
  "WHO", "ECB", "FED", "OECD", "ASEAN", "GATT", "WTO", "NYSE", "NASDAQ", "IPO", "AIDS", "ISIS", "PLO", "ICRC", "UNICEF", "UNESCO",
]);

/**
 * A headline written in capitals (`BAHIA COCOA REVIEW`) in title case, the English
 * way (`Bahia Cocoa Review`, small words such as `of` and `in` in lower case).
 * Initials (`U.S.`), words without a vowel (`GM`, `BP`) and common abbreviations
 * (`OPEC`, `UN`) keep their capitals. A headline with lowercase letters is kept as written.
 */
export function titleCaseHeadline(headline: string): string {
  if (!isShouted(headline)) return headline;
  const lowered = headline
    .split(/(\s+)/u)
    .map((word) => {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "");
      if (initials.test(bare) || acronyms.has(bare) || (bare.length > 1 && !/[AEIOUY]/u.test(bare) && /^\p{Lu}+$/u.test(bare))) return word;
      return word.toLocaleLowerCase("en");
    })
    .join("");
  return titleCase(lowered, { locale: "en" });
}
