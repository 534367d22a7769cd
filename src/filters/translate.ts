/** A string table: plain strings, or plural forms keyed by Intl.PluralRules category. */
export type Strings = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** String tables by language (`en`, `ar` …), as read from `templates/strings/<lang>.json`. */
export type StringTables = Record<string, Strings>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * The interface text for `key` in `lang`, with `{name}` placeholders filled.
 * A `count` variable picks the plural form and is written with the language's
 * digits. Falls back to the base language (`ar` for `ar-SY`), then to
 * `fallback`, then to the key itself, so a missing string shows up plainly.
 */
export function translate(tables: StringTables, key: string, lang: string, fallback: string, variables: Record<string, unknown> = {}): string {
  const entry = lookup(tables, key, lang) ?? lookup(tables, key, fallback);
  if (entry === undefined) return key;
  if (typeof entry === "string" && !entry.includes("{")) return entry;
  const count = typeof variables["count"] === "number" ? variables["count"] : undefined;
  let template: string | undefined;
  if (typeof entry === "string") template = entry;
  else {
    const category = count === undefined ? "other" : rulesFor(lang).select(count);
    template = entry[category] ?? entry.other;
  }
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = variables[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(value, lang) : String(value);
  });
}

/**
 * Every entry whose key starts with `prefix`, in `lang` (or `fallback`), as
 * written: what a script on the page needs to write interface text itself.
 */
export function stringsWithPrefix(tables: StringTables, prefix: string, lang: string, fallback: string): Strings {
  const keys = new Set([...Object.keys(tables[fallback] ?? {}), ...Object.keys(tables[lang] ?? {})].filter((key) => key.startsWith(prefix)));
  return Object.fromEntries([...keys].sort().map((key) => [key, lookup(tables, key, lang) ?? lookup(tables, key, fallback) ?? key]));
}

/** A number in the language's own digits and grouping. */
export function formatNumber(value: number, lang: string): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

const baseLanguages = new Map<string, string>();

function lookup(tables: StringTables, key: string, lang: string): Strings[string] | undefined {
  const exact = tables[lang]?.[key];
  if (exact !== undefined) return exact;
  let base = baseLanguages.get(lang);
  if (base === undefined) baseLanguages.set(lang, (base = new Intl.Locale(lang).language));
  return tables[base]?.[key];
}

function rulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}
