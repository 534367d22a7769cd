import { DateTime } from "luxon";

/** A month and day without a year, as a dateline gives them (`Oct. 13`). */
export interface MonthDay {
  month: number;
  day: number;
}

/** Dates a piece of wire copy states in full, and the one it was filed on when that is clear. */
export interface StatedDates {
  /** `YYYY-MM-DD` of the filing date, when the copy makes it unambiguous. */
  filed?: string;
  /** Every distinct full date found, `YYYY-MM-DD`, in the order written. */
  all: string[];
}

const englishMonths: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// Levantine names first, then the names used across the rest of the Arab world.
const arabicMonths: Record<string, number> = {
  "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
  "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
  "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
  "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
};

const alternatives = (names: readonly string[]) =>
  [...names].sort((a, b) => b.length - a.length).map((name) => name.replaceAll(" ", "\\s+")).join("|");

const english = alternatives(Object.keys(englishMonths));
const arabic = alternatives(Object.keys(arabicMonths));
const before = String.raw`(?<![\p{L}\p{N}])`;
const after = String.raw`(?![\p{L}\p{N}])`;
const ordinal = String.raw`(?:st|nd|rd|th)?`;

/** The shapes of a full date, each naming its parts. */
const fullDatePatterns: readonly RegExp[] = [
  // October 13, 2015 · Oct. 13 2015
  new RegExp(String.raw`${before}(?<month>${english})\.?\s+(?<day>\d{1,2})${ordinal},?\s+(?<year>\d{4})${after}`, "giu"),
  // 13 October 2015 · 13th of Oct. 2015
  new RegExp(String.raw`${before}(?<day>\d{1,2})${ordinal}\s+(?:of\s+)?(?<month>${english})\.?,?\s+(?<year>\d{4})${after}`, "giu"),
  // 2015-10-13
  new RegExp(String.raw`${before}(?<year>\d{4})-(?<monthNumber>\d{2})-(?<day>\d{2})${after}`, "gu"),
  // 13 تشرين الأول 2015 · 13 تشرين الأول/أكتوبر عام 2015
  new RegExp(
    String.raw`${before}(?<day>\d{1,2})\s+(?<month>${arabic})(?:\s*/\s*(?:${arabic}))?\s+(?:(?:عام|سنة|لعام)\s+)?(?<year>\d{4})${after}`,
    "gu",
  ),
];

const monthDayPatterns: readonly RegExp[] = [
  new RegExp(String.raw`^\s*(?<month>${english})\.?\s+(?<day>\d{1,2})${ordinal}`, "iu"),
  new RegExp(String.raw`^\s*(?<day>\d{1,2})${ordinal}\s+(?:of\s+)?(?<month>${english})${after}`, "iu"),
  new RegExp(String.raw`^\s*(?<day>\d{1,2})\s+(?<month>${arabic})${after}`, "u"),
];

/**
 * The full dates (with a year) that wire copy states, and the filing date when it
 * is clear: the only one on the dateline's day when the dateline names a day,
 * otherwise the only one stated. A month and day without a year (`Oct 13`) is
 * never enough on its own.
 */
export function findStatedDates(text: string, datelineDay?: MonthDay): StatedDates {
  const all = [...new Set(fullDates(westernDigits(text)))];
  const candidates =
    datelineDay === undefined ? all : all.filter((iso) => Number(iso.slice(5, 7)) === datelineDay.month && Number(iso.slice(8, 10)) === datelineDay.day);
  const [only] = candidates;
  return only === undefined || candidates.length > 1 ? { all } : { filed: only, all };
}

/** The month and day a dateline states (`Oct. 13`, `13 October`), if it states them. */
export function readMonthDay(text: string): MonthDay | undefined {
  const digits = westernDigits(text);
  for (const pattern of monthDayPatterns) {
    const groups = pattern.exec(digits)?.groups;
    const month = groups?.["month"] === undefined ? undefined : monthNumber(groups["month"]);
    const day = Number(groups?.["day"]);
    if (month !== undefined && day >= 1 && day <= 31) return { month, day };
  }
  return undefined;
}

function fullDates(text: string): string[] {
  const found: { index: number; iso: string }[] = [];
  for (const pattern of fullDatePatterns) {
    for (const match of text.matchAll(pattern)) {
      const groups = match.groups ?? {};
      const month = groups["monthNumber"] === undefined ? monthNumber(groups["month"] ?? "") : Number(groups["monthNumber"]);
      const iso = calendarDate(Number(groups["year"]), month, Number(groups["day"]));
      if (iso !== undefined) found.push({ index: match.index, iso });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((entry) => entry.iso);
}

/** `2015-10-13` when the parts make a real day in a plausible year. */
export function calendarDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1900 || year > 2199) return undefined;
  const date = DateTime.fromObject({ year, month, day }, { zone: "UTC" });
  return date.isValid ? date.toISODate() ?? undefined : undefined;
}

function monthNumber(name: string): number | undefined {
  const folded = name.replace(/\s+/gu, " ");
  return englishMonths[folded.toLowerCase()] ?? arabicMonths[folded];
}

/** Arabic-Indic (`١٣`) and Persian (`۱۳`) digits as ASCII, so one pattern reads them all. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}
