import { canonicalLanguage } from "../config/site-schema.ts";

/** A language tag as an article gives it: canonical, or refused with the code a language name stands for. */
export type LanguageTag = { ok: true; tag: string } | { ok: false; suggestion: string | undefined; isName: boolean };

const englishNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * An article's `lang`: a BCP 47 tag whose language is one the platform knows
 * (`en`, `ar-SY`, `zh-Hant`), canonicalised. `Arabic` or `français` is well
 * formed but names no language code: it is refused, with the code to write.
 */
export function readLanguageTag(value: string): LanguageTag {
  const written = value.trim();
  const tag = canonicalLanguage(written);
  if (tag !== undefined) {
    const language = new Intl.Locale(tag).language;
    if (/^[a-z]{2,3}$/.test(language) && englishNames.of(language) !== undefined) return { ok: true, tag };
  }
  const suggestion = languageCodeOfName(written);
  return { ok: false, suggestion, isName: suggestion !== undefined };
}

let byName: Map<string, string> | undefined;

/** The code of a language named in English or in itself (`Arabic`, `العربية`, `français` → `ar`, `ar`, `fr`). */
function languageCodeOfName(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    const letters = "abcdefghijklmnopqrstuvwxyz";
    for (const first of letters) {
      for (const second of letters) {
        const code = first + second;
        const english = englishNames.of(code);
        if (english === undefined) continue;
        byName.set(fold(english), code);
        const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
        if (own !== undefined && !byName.has(fold(own))) byName.set(fold(own), code);
      }
    }
  }
  return byName.get(fold(name));
}

function fold(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim();
}
