/** A part of a list of names as a sentence: a name (with its link), or the words between names. */
export type NamePart = { name: string; url: string } | { text: string };

const formats = new Map<string, Intl.ListFormat>();

/**
 * Names joined as the language joins them (`Reem Haddad and Hazem Sabbagh`,
 * `ريم حداد وحازم صباغ`), kept as parts so each name can be a link.
 */
export function joinedNames(names: readonly { name: string; url: string }[], lang: string): NamePart[] {
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = new Intl.ListFormat(lang, { type: "conjunction", style: "long" })));
  let next = 0;
  return format.formatToParts(names.map((entry) => entry.name)).map((part) => (part.type === "element" ? (names[next++] as { name: string; url: string }) : { text: part.value }));
}
