import { describe, expect, it } from "vitest";
import { formatDatelineLead } from "../../src/markdown/dateline-lead.ts";

const lead = (date: string, lang = "en", place = "Moscow", source = "SANA") => formatDatelineLead({ place, date, source, lang }, "Asia/Damascus");

describe("formatDatelineLead", () => {
  it("writes the wire-style lead in AP style for English", () => {
    expect(lead("2015-10-13T14:05:00+03:00")).toBe("MOSCOW, Oct. 13 (SANA) —");
  });

  it.each([
    ["01", "Jan."], ["02", "Feb."], ["03", "March"], ["04", "April"], ["05", "May"], ["06", "June"],
    ["07", "July"], ["08", "Aug."], ["09", "Sept."], ["10", "Oct."], ["11", "Nov."], ["12", "Dec."],
  ])("abbreviates month %s as %s", (month, written) => {
    expect(lead(`2016-${month}-15T12:00:00+02:00`)).toBe(`MOSCOW, ${written} 15 (SANA) —`);
  });

  it("uses the calendar day of the site's time zone for a date in UTC", () => {
    expect(lead("2015-10-12T23:30:00Z")).toBe("MOSCOW, Oct. 13 (SANA) —");
  });

  it("keeps the day the copy states at the offset the date is written with", () => {
    // 21:00 in New York is already the next day in Damascus.
    expect(lead("1987-02-26T21:00:00-05:00", "en", "New York", "Reuter")).toBe("NEW YORK, Feb. 26 (Reuter) —");
    expect(lead("1987-02-26T21:00:00-05:00", "fr", "New York", "AFP")).toBe("NEW YORK, 26 févr. (AFP) —");
  });

  it("follows the article's language for month names and punctuation", () => {
    expect(lead("2015-09-01T09:00:00+03:00", "fr", "Paris", "MNA")).toBe("PARIS, 1 sept. (MNA) —");
    expect(lead("2023-10-24T10:00:00+03:00", "ar", "دمشق", "سانا")).toBe("دمشق، 24 أكتوبر (سانا) —");
  });

  it("upper-cases the place by the rules of the article's language", () => {
    expect(lead("2015-10-13T14:05:00+03:00", "tr", "İzmir")).toMatch(/^İZMİR, /);
  });
});
