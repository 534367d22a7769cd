import { isNameParticle, titleCaseName } from "./letter-case.ts";
import { type MonthDay, readMonthDay } from "./stated-date.ts";

/** The dateline lead that opens a piece of wire copy, taken apart. */
export interface DatelineLead {
  /**
   * Where the story was filed, with its region when the lead gives one
   * (`Midland, Texas`), title-cased when the copy shouted it or wrote it in
   * lower case (`DAMASCUS`, `new york` → `Damascus`, `New York`).
   */
  place: string;
  /** The agency, as written (`SANA`, `سانا`), when the lead names one. */
  source?: string;
  /** The month and day between place and agency, as written (`Oct. 13`, `Feb 26, 1987`), when there is one. */
  when?: string;
  /** The first paragraph without the lead. */
  rest: string;
  /** How many characters of the paragraph the lead takes, with the dash and the space after it. */
  length: number;
}

const placePattern = String.raw`(?<place>[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}.'’ -]{0,40}?)`;
/** Without an agency, the day makes the lead: the place may then be written in lower case. */
const anyCasePlace = String.raw`(?<place>[\p{L}][\p{L}\p{M}.'’ -]{0,40}?)`;
const regionPattern = String.raw`(?:${String.raw`\s*[,،]\s*`}(?<region>[\p{Lu}][\p{L}\p{M}.'’ -]{0,30}?))?`;
const comma = String.raw`\s*[,،]\s*`;
const dash = String.raw`(?<dash>\s*[-–—]{1,2}\s*)`;
const bracketed = String.raw`\((?<source>[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .&'-]{1,29})\)`;
const agencyWord = String.raw`[\p{Lu}\p{Lo}][\p{Lu}\p{Lo}\p{M}&]{1,14}`;
const caselessWord = String.raw`\p{Lo}[\p{Lo}\p{M}]{0,19}`;
const when = String.raw`(?<when>[\p{L}\p{N}.,' ]{1,30}?)`;

/** The shapes a lead takes, most specific first. */
const leadPatterns: readonly RegExp[] = [
  // DAMASCUS, Oct 13 (SANA) – · MIDLAND, Texas, March 3 (Reuter) -
  new RegExp(String.raw`^${placePattern}${regionPattern}${comma}(?:${when}\s*)?${bracketed}${dash}`, "u"),
  // SALVADOR, Feb 26 - · MIDLAND, Texas, March 3 - · new york, feb 26, 1987 -
  new RegExp(String.raw`^${anyCasePlace}${regionPattern}${comma}${when}${dash}`, "u"),
  // Beirut (LWS) -
  new RegExp(String.raw`^${placePattern}\s*${bracketed}${dash}`, "u"),
  // Moscow, SANA- · Damascus, SANA –text · دمشق، سانا-
  new RegExp(String.raw`^${placePattern}${comma}(?<source>${agencyWord}(?: ${agencyWord})?)${dash}`, "u"),
  // دمشق-سانا · حلب - سانا: only in scripts without case, where a hyphen rarely joins two words
  new RegExp(String.raw`^(?<place>${caselessWord}(?: ${caselessWord}){0,2})\s*[-–—]\s*(?<source>${caselessWord})(?<dash>\s*[-–—:]\s*|\s+)`, "u"),
];

/** Places are names of a few words, not a clause. */
const maxPlaceWords = 5;

/**
 * The lead at the start of the first paragraph: `Moscow, SANA- …`, `Damascus, SANA –…`,
 * `DAMASCUS, Oct. 13 (SANA) — …`, `Beirut (LWS) - …`, `SALVADOR, Feb 26 - …` (no agency:
 * then the day must be there), `MIDLAND, Texas, March 3 - …`, `دمشق، سانا- …`, `دمشق-سانا …`.
 * A hyphen joining two words (`Moscow, US-led …`) is not a lead, and neither is a
 * line of figures that happens to start like one: a sentence must follow.
 */
export function findDatelineLead(paragraph: string): DatelineLead | undefined {
  for (const pattern of leadPatterns) {
    const match = pattern.exec(paragraph);
    const groups = match?.groups;
    if (!match || !groups) continue;
    const place = (groups["place"] ?? "").trim();
    const region = groups["region"]?.trim();
    const source = groups["source"]?.trim();
    const whenText = groups["when"]?.trim();
    const rest = paragraph.slice(match[0].length);
    if (!acceptedPlace(place, source === undefined) || (source !== undefined && !isProperName(source))) continue;
    if (region !== undefined && (!isProperName(region) || /\p{N}/u.test(region) || readMonthDay(region) !== undefined)) continue;
    if (joinsWords(groups["dash"] ?? "", rest) || !startsSentence(rest)) continue;
    if (whenText !== undefined && (source === undefined ? readMonthDay(whenText) === undefined : !/\p{N}/u.test(whenText))) continue;
    const written = region === undefined ? titleCaseName(place) : `${titleCaseName(place)}, ${titleCaseName(region)}`;
    return {
      place: written,
      ...(source ? { source } : {}),
      ...(whenText ? { when: whenText } : {}),
      rest: rest.trim(),
      length: match[0].length,
    };
  }
  return undefined;
}

function acceptedPlace(place: string, anyCase: boolean): boolean {
  if (place === "" || /\p{N}/u.test(place) || place.split(/\s+/u).length > maxPlaceWords) return false;
  return anyCase ? /^[\p{L}]/u.test(place) : isProperName(place);
}

/** Every word capitalised (or in a script without case), but for particles such as `al-` or `de`. */
function isProperName(text: string): boolean {
  if (text === "") return false;
  return text.split(/\s+/u).every((word) => /^[\p{Lu}\p{Lt}\p{Lo}\p{Lm}\p{N}]/u.test(word) || isNameParticle(word));
}

/** A bare hyphen followed by a lowercase letter joins two words (`US-led`) rather than ending a lead. */
function joinsWords(dash: string, rest: string): boolean {
  return dash === "-" && /^\p{Ll}/u.test(rest);
}

/** What follows a lead is a sentence: some words, not a row of figures. */
function startsSentence(rest: string): boolean {
  return /\p{L}{2}/u.test(rest.slice(0, 80));
}

/**
 * A dateline written on its own, as metadata gives it (`NEW YORK, Feb. 26`,
 * `MOSCOW, Oct 13 (AFP) -`, `Damascus`): the place (title-cased when shouted,
 * with a region after it) and the month and day it states.
 */
export function readDateline(text: string): { place?: string; day?: MonthDay } {
  const parts = text.replace(/\([^)]*\)/gu, " ").replace(/\s*[-–—]+\s*$/u, "").split(/\s*[,،]\s*/u).map((part) => part.trim()).filter((part) => part !== "");
  const dayAt = parts.findIndex((part) => readMonthDay(part) !== undefined);
  const placeParts = (dayAt === -1 ? parts : parts.slice(0, dayAt)).slice(0, 2).filter((part) => !/\p{N}/u.test(part));
  const day = dayAt === -1 ? undefined : readMonthDay(parts[dayAt] ?? "");
  return { ...(placeParts.length > 0 ? { place: placeParts.map(titleCaseName).join(", ") } : {}), ...(day === undefined ? {} : { day }) };
}
