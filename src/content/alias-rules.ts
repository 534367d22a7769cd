import { fieldMessages } from "./catalogue.ts";

/** A site path an old URL lived at: `/news/2015/lavrov.html`, `/old/123/`. */
const aliasPattern = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/;

/** The longest file or folder name file systems allow, in bytes. */
const segmentLimit = 255;

/**
 * What is wrong with an old address for a static host, or undefined: it must
 * be a plain site path without `.` or `..` parts, hidden files (`/.htaccess`,
 * which a host may read as its settings) or encoded separators, and each part
 * must fit in a file name.
 */
export function aliasFault(alias: string): string | undefined {
  if (!aliasPattern.test(alias)) return fieldMessages.aliasNotPath(alias);
  if (/%(?:2f|5c|2e)/i.test(alias)) return fieldMessages.aliasEncodedSeparator(alias);
  const segments = alias.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment === "." || segment === "..")) return fieldMessages.aliasDotSegment(alias);
  const hidden = segments.find((segment) => segment.startsWith("."));
  if (hidden !== undefined) return fieldMessages.aliasDotFile(alias, hidden);
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return fieldMessages.aliasNotPath(alias);
    }
    const bytes = Math.max(Buffer.byteLength(segment), Buffer.byteLength(decoded));
    if (bytes > segmentLimit) return fieldMessages.aliasSegmentTooLong(alias, bytes);
  }
  return undefined;
}

/** The file an old address's page is written to: a file name stays, anything else becomes a folder's `index.html`. */
export function aliasFile(alias: string): string {
  if (alias.endsWith("/")) return `${alias}index.html`;
  return /\.[a-z0-9]+$/i.test(alias) ? alias : `${alias}/index.html`;
}

/**
 * Pairs of one article's old addresses that cannot both be written: the same
 * file twice (`/old/x/` and `/old/x/index.html`), or a name that one needs as a
 * file and the other as a folder (`/a.html` and `/a.html/b/`). Each pair gives
 * the later address's position and message.
 */
export function aliasClashes(aliases: readonly string[]): { index: number; message: string }[] {
  const clashes: { index: number; message: string }[] = [];
  const files = aliases.map(aliasFile);
  files.forEach((file, index) => {
    for (let earlier = 0; earlier < index; earlier++) {
      const other = files[earlier] as string;
      const alias = aliases[index] as string;
      const otherAlias = aliases[earlier] as string;
      if (file === other) clashes.push({ index, message: fieldMessages.aliasSamePage(alias, otherAlias) });
      else if (file.startsWith(`${other}/`) || other.startsWith(`${file}/`)) clashes.push({ index, message: fieldMessages.aliasClash(alias, otherAlias) });
      else continue;
      break;
    }
  });
  return clashes;
}
