import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { StringTables, Strings } from "../filters/translate.ts";

/**
 * Read the interface text from `<folder>/<lang>.json` (templates/strings/): the
 * designers' room, so wording and translations change without touching src/.
 */
export function readStringTables(folder: string): StringTables {
  const tables: StringTables = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    const lang = file.slice(0, -".json".length);
    const where = path.join(folder, file);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(where, "utf8"));
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    tables[lang] = checkStrings(parsed, where);
  }
  return tables;
}

function checkStrings(value: unknown, where: string): Strings {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${where}: expected an object of strings.`);
  for (const [key, entry] of Object.entries(value)) {
    const forms = typeof entry === "string" ? [entry] : typeof entry === "object" && entry !== null ? Object.values(entry) : [entry];
    if (!forms.every((form) => typeof form === "string")) throw new Error(`${where}: \`${key}\` must be a string or an object of plural forms.`);
  }
  return value as Strings;
}
