const names = new Map<string, Intl.DisplayNames>();

/** A language's name in that language: `ar` → `العربية`, `fr` → `français`. */
export function languageName(lang: string): string {
  let display = names.get(lang);
  if (!display) names.set(lang, (display = new Intl.DisplayNames([lang], { type: "language" })));
  return display.of(lang) ?? lang;
}
