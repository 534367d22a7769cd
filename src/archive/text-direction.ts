/** Scripts written right to left, for runtimes without `Intl.Locale` text info. */
const rightToLeft = new Set(["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]);

interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

const directions = new Map<string, "ltr" | "rtl">();

/** Writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu…, otherwise `ltr`. */
export function textDirection(lang: string): "ltr" | "rtl" {
  let direction = directions.get(lang);
  if (direction === undefined) directions.set(lang, (direction = lookUpDirection(lang)));
  return direction;
}

function lookUpDirection(lang: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(lang) as LocaleWithTextInfo;
  const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
  if (direction === "rtl" || direction === "ltr") return direction;
  return rightToLeft.has(locale.language) ? "rtl" : "ltr";
}
