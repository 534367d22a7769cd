/**
 * Subject codes as topics, when a file names its subjects by code only
 * (`medtop:20000106`, `15000000`): kept, as they are all there is, with a note
 * asking for names.
 */
export function codeTopics(codes: readonly string[]): { names: string[]; notes: string[] } {
  const names = codes.map((code) => code.trim()).filter((code) => code !== "");
  if (names.length === 0) return { names, notes: [] };
  return { names, notes: [`its subjects are given as codes only (${names.map((code) => `\`${code}\``).join(", ")}); they are its topics until you write names for them`] };
}
