/** An article file's text, or the encoding it seems to be in and the line of its first foreign character. */
export type DecodedArticle = { ok: true; text: string } | { ok: false; encoding: string; line: number };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * An article file's text, which must be UTF-8 (with or without a byte order
 * mark). A file in UTF-16, or in a single-byte encoding such as Windows-1252,
 * is named as such with the line of its first foreign character, rather than
 * read with `�` in place of its accented letters.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return { ok: false, encoding: "UTF-16", line: 1 };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = 1;
    for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
    return { ok: false, encoding: "Windows-1252", line };
  }
}

/** Text in UTF-16 without a byte order mark: every other byte of its first line is zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64);
  if (sample.length < 4) return false;
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return zeros >= sample.length / 4;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    const sequence = bytes.subarray(index, index + length);
    if (sequence.length < length) return index;
    try {
      utf8.decode(sequence);
    } catch {
      return index;
    }
    index += length;
  }
  return bytes.length;
}
