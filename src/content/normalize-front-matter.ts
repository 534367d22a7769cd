import { cleanText } from "./clean-text.ts";

/** Fields whose text is a name with a listing of its own: white space is folded too. */
const nameFields = new Set(["source", "dateline", "byline", "topics"]);

/** Steps to a value of the front matter: `["related", 1, "url"]`. */
export type FieldPath = readonly (string | number)[];

/** Front matter with its text normalised, and what normalising found. */
export interface NormalizedFrontMatter {
  data: Record<string, unknown>;
  /** Text values that lost characters, with what they lost. */
  cleaned: { path: FieldPath; removed: string[] }[];
  /** Text values that held nothing but invisible characters. */
  emptied: FieldPath[];
  /** `topics` or `byline` written as one string with commas in it. */
  commas: { field: string; value: string }[];
}

/**
 * Normalise every text value of the front matter once, before it is
 * validated (see `cleanText`): NFC, invisible and control characters removed,
 * white space folded in names.
 */
export function normalizeFrontMatter(data: Record<string, unknown>): NormalizedFrontMatter {
  const result: NormalizedFrontMatter = { data: {}, cleaned: [], emptied: [], commas: [] };
  const walk = (value: unknown, path: FieldPath): unknown => {
    if (typeof value === "string") {
      const { text, removed } = cleanText(value, { name: nameFields.has(String(path[0])) });
      if (removed.length > 0) result.cleaned.push({ path, removed });
      if (text.trim() === "" && value.trim() !== "") result.emptied.push(path);
      return text;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (typeof value === "object" && value !== null && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return value;
  };
  for (const [key, value] of Object.entries(data)) {
    const normalized = walk(value, [key]);
    result.data[key] = normalized;
    if ((key === "topics" || key === "byline") && typeof normalized === "string" && normalized.includes(",")) {
      result.commas.push({ field: key, value: normalized.trim() });
    }
  }
  return result;
}

/** `["related", 1, "url"]` → `related[1].url`. */
export function fieldPath(path: FieldPath): string {
  return path.map((step, index) => (typeof step === "number" ? `[${step}]` : index === 0 ? step : `.${step}`)).join("");
}
