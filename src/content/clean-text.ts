/**
 * The one place text is normalised: Unicode NFC, and characters that readers
 * cannot see (zero-width spaces, bidirectional controls) or that web pages and
 * feeds cannot carry (control characters, noncharacters, lone surrogates)
 * removed. Each removal is named, so the editor can be told.
 */

export interface CleanedText {
  text: string;
  /** What was removed, in words (`a zero-width space (U+200B)`), each kind once. */
  removed: string[];
}

const names: Record<number, string> = {
  0x00ad: "a soft hyphen",
  0x061c: "an Arabic letter mark",
  0x180e: "a Mongolian vowel separator",
  0x200b: "a zero-width space",
  0x200c: "a zero-width non-joiner",
  0x200d: "a zero-width joiner",
  0x200e: "a left-to-right mark",
  0x200f: "a right-to-left mark",
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a pop directional formatting",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2060: "a word joiner",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first strong isolate",
  0x2069: "a pop directional isolate",
  0xfeff: "a zero-width no-break space",
};

/** Characters XML 1.0 forbids (and HTML calls parse errors): C0 controls but tab and line breaks, DEL and C1, noncharacters, lone surrogates. */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
/** Invisible characters that make two names look alike, or that reorder text on screen. */
const invisible = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
/** Scripts whose words need joiners (Persian, Indic, emoji sequences); elsewhere a joiner is noise. */
const joinerScripts = /[\p{L}\p{M}\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F]/u;
const emoji = /\p{Extended_Pictographic}/u;
const simpleScripts = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]/u;

/**
 * Front-matter text: NFC, with invisible, bidirectional and control characters
 * removed. A zero-width joiner or non-joiner stays between letters of scripts
 * that use them (Persian `می‌خواهم`, emoji sequences). Names (`name: true`)
 * also have their runs of white space folded and are trimmed, so `Hazem  Sabbagh`
 * and `Hazem Sabbagh` are one name.
 */
export function cleanText(value: string, { name = false }: { name?: boolean } = {}): CleanedText {
  const removed = new Map<number, string>();
  const note = (character: string) => {
    const point = character.codePointAt(0) ?? 0;
    removed.set(point, describeCharacter(point));
    return "";
  };
  let text = value.normalize("NFC").replace(forbidden, note);
  text = text.replace(invisible, (character, offset: number, whole: string) => {
    if ((character === "\u200C" || character === "\u200D") && joinerKept(whole, offset)) return character;
    return note(character);
  });
  if (name) text = text.replace(/\s+/gu, " ").trim();
  return { text, removed: [...removed.entries()].sort(([a], [b]) => a - b).map(([, words]) => words) };
}

/**
 * A story's Markdown with the characters web pages and feeds cannot carry
 * removed, and the body lines (1-based) they were on. Invisible formatting
 * characters stay: in running text they may be wanted.
 */
export function cleanBody(body: string): CleanedText & { lines: number[] } {
  const removed = new Map<number, string>();
  const lines = new Set<number>();
  // Matches come in order: count line breaks from the last one only.
  let line = 1;
  let counted = 0;
  const text = body.replace(forbidden, (character, offset: number) => {
    const point = character.codePointAt(0) ?? 0;
    removed.set(point, describeCharacter(point));
    for (let index = body.indexOf("\n", counted); index !== -1 && index < offset; index = body.indexOf("\n", index + 1)) line++;
    counted = offset;
    lines.add(line);
    return "";
  });
  return { text, removed: [...removed.values()], lines: [...lines].sort((a, b) => a - b) };
}

/** `a zero-width space (U+200B)`, `a control character (U+000B)`. */
function describeCharacter(point: number): string {
  const hex = `U+${point.toString(16).toUpperCase().padStart(4, "0")}`;
  const known = names[point];
  if (known) return `${known} (${hex})`;
  if (point >= 0xd800 && point <= 0xdfff) return `half of a broken character (${hex})`;
  if (point >= 0xfdd0) return `a noncharacter (${hex})`;
  return `a control character (${hex})`;
}

function joinerKept(text: string, offset: number): boolean {
  const before = String.fromCodePoint(text.codePointAt(offset - 1) ?? 0x20);
  const previous = /[\uDC00-\uDFFF]/.test(before) ? String.fromCodePoint(text.codePointAt(offset - 2) ?? 0x20) : before;
  const next = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0x20);
  if (!joinerScripts.test(previous) || !joinerScripts.test(next)) return false;
  if (emoji.test(previous)) return true;
  return !(simpleScripts.test(previous) && simpleScripts.test(next));
}

