import { calendarDay } from "../archive/calendar.ts";
import { parseArticleDate } from "../content/article-date.ts";
import type { WireCopy } from "./parse-wire-copy.ts";

/** The article's date (ISO 8601 with its offset, or a day alone) and notes on where it came from, or why there is none. */
export type PublicationDate = { ok: true; date: string; notes: string[] } | { ok: false; message: string };

const example = "`--date 2015-10-13T14:05`";

/**
 * When the story was published: `--date` when given (already read as ISO 8601
 * with its offset, or a day alone), otherwise the full date the lead states, as
 * a day alone: the copy states no time, so none is invented. Without either
 * there is no date: the message asks for `--date` (read in `timeZone`).
 */
export function publicationDate(copy: WireCopy, given: string | undefined, timeZone: string): PublicationDate {
  if (given !== undefined) {
    const parsed = parseArticleDate(given, timeZone);
    const { year, month, day } = calendarDay(parsed.ok ? parsed.iso : given, timeZone);
    const differs = copy.statedDate !== undefined && copy.statedDate !== `${year}-${month}-${day}`;
    return { ok: true, date: given, notes: differs ? [`the copy states ${copy.statedDate} but --date ${given} was used`] : [] };
  }
  if (copy.statedDate !== undefined) {
    return { ok: true, date: copy.statedDate, notes: [`date ${copy.statedDate} taken from the copy, which states no time: the article is dated by its day (give --date to set a time)`] };
  }
  const ask = `give the date with --date, e.g. ${example} (read in ${timeZone} without an offset).`;
  if (copy.datesStated.length > 0) {
    return { ok: false, message: `the copy states ${copy.datesStated.join(", ")}, but not in its lead as the day it was filed (a date inside the story is not the publication date); ${ask}` };
  }
  return { ok: false, message: `no date found: the copy states no full date with its year (a dateline day such as \`Oct 13\` is not enough); ${ask}` };
}
