import { readFile } from "node:fs/promises";
import { decodedChunks, decodePlainText, fileEncoding, readHead, readText } from "./decode-text.ts";
import { FileError } from "./file-error.ts";
import { newsmlStories } from "./newsml.ts";
import { ninjsStories } from "./ninjs.ts";
import { nitfStory } from "./nitf.ts";
import type { StoryFormat, StoryReading } from "./story.ts";
import { wireStory } from "./wire-story.ts";
import { type XmlElement, xmlElements } from "./xml-reader.ts";
import { wxrStories } from "./wxr.ts";

/** What every reader needs to know. */
export interface ReadOptions {
  /** Zone a date without an offset is read in. */
  zone: string;
  /** `--date`, for wire copy: ISO 8601 with its offset. */
  date?: string | undefined;
  /** `--source`: an agency a sign-off may name. */
  source?: string | undefined;
}

const xmlHint = 'If it is in another encoding, say so in its first line, e.g. <?xml version="1.0" encoding="ISO-8859-1"?>.';

/**
 * The stories of one file, read in its format, in the order the file gives
 * them. A file that cannot be read as a whole (malformed, in an encoding that
 * cannot be read) throws a `FileError` before any story is yielded: nothing of
 * it is written.
 */
export async function* readStories(file: string, format: StoryFormat, options: ReadOptions): AsyncGenerator<StoryReading> {
  switch (format) {
    case "wire": {
      const { text, note } = decodePlainText(await readFile(file));
      const reading = wireStory(text, { date: options.date, zone: options.zone, agencies: options.source === undefined ? [] : [options.source] });
      if (reading.kind === "story" && note !== undefined) reading.story.notes.unshift(note);
      yield reading;
      return;
    }
    case "wxr":
      yield* wxrStories(file, fileEncoding(await readHead(file)));
      return;
    case "nitf":
      yield nitfStory(await xmlRoot(file, "nitf"));
      return;
    case "newsml":
      yield* newsmlStories(await xmlRoot(file, "newsMessage", "newsItem", "packageItem"));
      return;
    case "ninjs":
      yield* ninjsStories(await readText(file, "utf-8", "ninjs is JSON, which is always UTF-8."));
      return;
  }
}

/** The root element of a small XML file, whole; it must be one of `names`. */
async function xmlRoot(file: string, ...names: string[]): Promise<XmlElement> {
  const encoding = fileEncoding(await readHead(file));
  let root: XmlElement | undefined;
  for await (const { element } of xmlElements(decodedChunks(file, encoding, xmlHint), { collect: (path) => path.length === 1 })) root = element;
  if (root === undefined || !names.includes(root.local)) {
    throw new FileError(`the file's root element is \`<${root?.name ?? "?"}>\`, not ${names.map((name) => `\`<${name}>\``).join(" or ")}.`, root?.line ?? 1, root?.column ?? 1);
  }
  return root;
}
