/** The dateline lead that opens a piece of wire copy, taken apart. */
export interface DatelineLead {
  /** Where the story was filed, title-cased when the copy shouted it (`DAMASCUS` → `Damascus`). */
  place: string;
  /** The agency, as written (`SANA`, `سانا`). */
  source: string;
  /** The month and day between place and agency, as written (`Oct. 13`), when there is one. */
  when?: string;
  /** The first paragraph without the lead. */
  rest: string;
}

const placePattern = String.raw`(?<place>[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}.'’ -]{0,40}?)`;
const comma = String.raw`\s*[,،]\s*`;
const dash = String.raw`(?<dash>\s*[-–—]{1,2}\s*)`;
const bracketed = String.raw`\((?<source>[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .&'-]{1,29})\)`;
const agencyWord = String.raw`[\p{Lu}\p{Lo}][\p{Lu}\p{Lo}\p{M}&]{1,14}`;
const caselessWord = String.raw`\p{Lo}[\p{Lo}\p{M}]{0,19}`;

/** The shapes a lead takes, most specific first. */
const leadPatterns: readonly RegExp[] = [
  // DAMASCUS, Oct 13 (SANA) – · DAMASCUS, Oct. 13 (SANA) —
  new RegExp(String.raw`^${placePattern}${comma}(?:(?<when>[\p{L}\p{N}.,' ]{1,30}?)\s*)?${bracketed}${dash}`, "u"),
  // Beirut (LWS) -
  new RegExp(String.raw`^${placePattern}\s*${bracketed}${dash}`, "u"),
  // Moscow, SANA- · Damascus, SANA –text · دمشق، سانا-
  new RegExp(String.raw`^${placePattern}${comma}(?<source>${agencyWord}(?: ${agencyWord})?)${dash}`, "u"),
  // دمشق-سانا · حلب - سانا: only in scripts without case, where a hyphen rarely joins two words
  new RegExp(String.raw`^(?<place>${caselessWord}(?: ${caselessWord}){0,2})\s*[-–—]\s*(?<source>${caselessWord})(?<dash>\s*[-–—:]\s*|\s+)`, "u"),
];

/** Places are names of a few words, not a clause. */
const maxPlaceWords = 5;

/** Lowercase words that belong inside place names (`Deir ez-Zor`, `Ras al-Ain`, `Frankfurt am Main`). */
const placeParticles = new Set(
  ["al", "el", "ez", "es", "ed", "ad", "an", "ar", "as", "ash", "at", "az", "de", "del", "della", "di", "du", "da", "la", "le", "les", "los", "las", "of", "on", "upon", "sur", "am", "der", "den", "van", "von", "bin", "ibn", "abu"],
);

/**
 * The lead at the start of the first paragraph: `Moscow, SANA- …`, `Damascus, SANA –…`,
 * `DAMASCUS, Oct. 13 (SANA) — …`, `Beirut (LWS) - …`, `دمشق، سانا- …`, `دمشق-سانا …`.
 * A hyphen joining two words (`Moscow, US-led …`) is not a lead.
 */
export function findDatelineLead(paragraph: string): DatelineLead | undefined {
  for (const pattern of leadPatterns) {
    const match = pattern.exec(paragraph);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const place = (groups["place"] ?? "").trim();
    const source = (groups["source"] ?? "").trim();
    const rest = paragraph.slice(match[0].length);
    if (!isProperName(place) || !isProperName(source) || place.split(/\s+/u).length > maxPlaceWords) continue;
    if (joinsWords(groups["dash"] ?? "", rest)) continue;
    const when = groups["when"]?.trim();
    if (when !== undefined && !/\p{N}/u.test(when)) continue;
    return { place: titleCaseShouted(place), source, ...(when ? { when } : {}), rest: rest.trim() };
  }
  return undefined;
}

/** Every word capitalised (or in a script without case), but for particles such as `al-` or `de`. */
function isProperName(text: string): boolean {
  if (text === "") return false;
  return text.split(/\s+/u).every((word) => /^[\p{Lu}\p{Lt}\p{Lo}\p{Lm}\p{N}]/u.test(word) || placeParticles.has(word.split(/['’-]/u)[0] ?? word));
}

/** A bare hyphen followed by a lowercase letter joins two words (`US-led`) rather than ending a lead. */
function joinsWords(dash: string, rest: string): boolean {
  return dash === "-" && /^\p{Ll}/u.test(rest);
}

/**
 * A place written all in capitals, as datelines often are, in title case:
 * `DAMASCUS` → `Damascus`, `DEIR EZ-ZOR` → `Deir Ez-Zor`. A place with any
 * lowercase letter, or in a script without case, is kept as written.
 */
export function titleCaseShouted(place: string): string {
  if (/\p{Ll}/u.test(place) || !/\p{Lu}/u.test(place)) return place;
  return place
    .split(/([\s-]+)/u)
    .map((part) => (part === "" ? part : `${part.slice(0, 1)}${part.slice(1).toLocaleLowerCase("en")}`))
    .join("");
}
