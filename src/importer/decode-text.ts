import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import { FileError } from "./file-error.ts";

/** How many bytes of a file are read to tell its format and encoding. */
const headLength = 64 * 1024;

/** The first bytes of a file: enough to tell its format and encoding. */
export async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(headLength);
    const { bytesRead } = await handle.read(buffer, 0, headLength, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Labels files use for what browsers and newsroom systems read as Windows-1252, which covers them all (curly quotes included). */
const westernEuropean = new Set(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252"]);

/**
 * The encoding a file is in: its byte order mark, or the `encoding` of an XML
 * declaration (`<?xml version="1.0" encoding="ISO-8859-1"?>`), or UTF-8.
 * ISO-8859-1 and ASCII are read as Windows-1252, their superset.
 * An encoding that cannot be read is an error.
 */
export function fileEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  const declaration = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/u.exec(head.subarray(0, 200).toString("latin1"));
  const declared = declaration?.[1]?.toLowerCase();
  if (declared === undefined || declared === "utf-8" || declared === "utf8") return "utf-8";
  if (westernEuropean.has(declared)) return "windows-1252";
  if (!iconv.encodingExists(declared)) throw new FileError(`the file says it is in \`${declaration?.[1]}\`, an encoding the importer cannot read; convert it to UTF-8.`, 1, 1);
  return declared;
}

/**
 * A file's text in pieces, decoded from `encoding` as it is read, so a file of
 * any size is read in bounded memory. A byte order mark is left out. Bytes that
 * are not valid UTF-8 in a UTF-8 file are an error naming their line and column
 * (`hint` says how to declare another encoding).
 */
export async function* decodedChunks(file: string, encoding: string, hint: string): AsyncGenerator<string> {
  const utf8 = encoding === "utf-8";
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  const decoder = utf8 ? undefined : iconv.getDecoder(encoding);
  const position = { line: 1, column: 1 };
  let first = true;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let text: string;
    if (decoder !== undefined) {
      text = decoder.write(chunk);
    } else {
      try {
        text = strict.decode(chunk, { stream: true });
      } catch {
        const lenient = new TextDecoder("utf-8").decode(chunk);
        advance(position, lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD"))));
        throw new FileError(`the file is not valid UTF-8 here. ${hint}`, position.line, position.column);
      }
    }
    if (first) text = text.replace(/^\uFEFF/u, "");
    first = false;
    advance(position, text);
    if (text !== "") yield text;
  }
  const rest = decoder === undefined ? strict.decode() : decoder.end();
  if (rest) yield rest;
}

/** Move a line and column past some text. */
function advance(position: { line: number; column: number }, text: string): void {
  const lastBreak = text.lastIndexOf("\n");
  if (lastBreak === -1) {
    position.column += text.length;
    return;
  }
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) position.line++;
  position.column = text.length - lastBreak;
}

/** A whole file's text, decoded as `decodedChunks` does. */
export async function readText(file: string, encoding: string, hint: string): Promise<string> {
  let text = "";
  for await (const chunk of decodedChunks(file, encoding, hint)) text += chunk;
  return text;
}

/**
 * A plain-text file, which names no encoding: UTF-8 when it is valid UTF-8,
 * otherwise Windows-1252 (the Western European encoding of older newsroom
 * systems), with a note saying so.
 */
export function decodePlainText(bytes: Buffer): { text: string; note?: string } {
  const encoding = fileEncoding(bytes);
  if (encoding !== "utf-8") return { text: iconv.decode(bytes, encoding).replace(/^\uFEFF/u, "") };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "") };
  } catch {
    return { text: iconv.decode(bytes, "windows-1252"), note: "the file is not UTF-8; it was read as Windows-1252 (Western European): check its accented letters" };
  }
}
