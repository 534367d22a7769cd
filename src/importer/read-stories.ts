import { readFile } from "node:fs/promises";
import { decodePlainText } from "./decode-text.ts";
import type { StoryFormat, StoryReading } from "./story.ts";
import { wireStory } from "./wire-story.ts";

/** What every reader needs to know. */
export interface ReadOptions {
  /** Zone a date without an offset is read in. */
  zone: string;
  /** `--date`, for wire copy: ISO 8601 with its offset. */
  date?: string | undefined;
  /** `--source`: an agency a sign-off may name. */
  source?: string | undefined;
}

/**
 * The stories of one file, read in its format, in the order the file gives
 * them. A file that cannot be read as a whole (malformed, in an encoding that
 * cannot be read) throws a `FileError` before any story is yielded.
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
    default:
      throw new Error(`No reader for ${format} yet.`);
  }
}
