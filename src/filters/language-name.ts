const names = new Map<string, Intl.DisplayNames>();

/** A language's name in that language: `ar` → `العربية`, `fr` → `français`. */
export function languageName(lang: string): string {
  let display = names.get(lang);
  if (!display) names.set(lang, (display = new Intl.DisplayNames([lang], { type: "language" })));
  return display.of(lang) ?? lang;
}

const locales = new Map<string, string>();

/** A language tag as Open Graph writes locales, language and region only: `en-GB` → `en_GB`, `zh-Hant-TW` → `zh_TW`. */
export function ogLocale(lang: string): string {
  let locale = locales.get(lang);
  if (locale === undefined) {
    const { language, region } = new Intl.Locale(lang);
    locales.set(lang, (locale = region === undefined ? language : `${language}_${region}`));
  }
  return locale;
}
