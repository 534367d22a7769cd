import leven from "leven";
import type { Story } from "../archive/build-archive.ts";
import type { PictureFile } from "../archive/pictures.ts";
import type { PersonRecord } from "../content/authors-file.ts";
import { problem } from "../content/catalogue.ts";
import { isPictureFile, picturePath } from "../content/picture-path.ts";
import type { Problem } from "../content/problems.ts";
import type { ReadPicture } from "./picture-files.ts";

/** A picture named by an article or the authors file: where it is named, as written, and the file it names. */
export interface PictureUse {
  file: string;
  /** Named by the authors file (a portrait), not by an article. */
  byAuthorsFile?: boolean;
  line: number;
  field?: string;
  src: string;
  /** Path under the content folder; undefined when it leads outside it. */
  path: string | undefined;
}

/**
 * Every picture of the content folder that the stories (their lead picture
 * and the pictures of their story) and the authors file name, in order.
 */
export function pictureUses(stories: Iterable<Story>, people: readonly PersonRecord[], authorsFile: string | undefined): PictureUse[] {
  const uses: PictureUse[] = [];
  for (const { loaded, facts } of stories) {
    const folder = loaded.ref.includes("/") ? loaded.ref.slice(0, loaded.ref.lastIndexOf("/")) : "";
    const src = loaded.fields.image?.src;
    if (src !== undefined) uses.push({ file: loaded.file, line: loaded.lines["image"] ?? 1, field: "image.src", src, path: picturePath(folder, src) });
    for (const picture of facts.pictures) uses.push({ file: loaded.file, line: loaded.bodyLine + picture.line - 1, src: picture.src, path: picturePath(folder, picture.src) });
  }
  if (authorsFile !== undefined) {
    people.forEach((person, index) => {
      if (person.picture === undefined) return;
      uses.push({ file: authorsFile, byAuthorsFile: true, line: person.lines["picture"] ?? person.line, field: `[${index}].picture`, src: person.picture, path: picturePath("", person.picture) });
    });
  }
  return uses;
}

/**
 * The pictures `uses` name that could be read, by path, and a problem at each
 * use of one that is missing (with the nearest picture of the content folder
 * as a suggestion) or could not be read.
 */
export function checkPictures(uses: readonly PictureUse[], listed: ReadonlySet<string>, read: ReadonlyMap<string, ReadPicture>): { pictures: Map<string, PictureFile>; problems: Problem[] } {
  const pictures = new Map<string, PictureFile>();
  const problems: Problem[] = [];
  for (const use of uses) {
    const place = { file: use.file, line: use.line, field: use.field };
    const found = use.path === undefined ? undefined : read.get(use.path);
    if (use.path === undefined || !listed.has(use.path) || found === undefined) {
      // A file that is there but not a picture the site reads (`.svg`, `.bmp`) is unreadable, not missing.
      if (use.path !== undefined && !isPictureFile(use.path) && !listed.has(use.path)) {
        problems.push(problem("PictureUnreadable", place, { src: use.src, reason: "the site publishes JPEG, PNG, WebP, AVIF, GIF and TIFF pictures only." }));
      } else {
        const suggestion = use.path === undefined ? undefined : nearest(use.path, listed);
        problems.push(problem("PictureMissing", place, { src: use.src, looked: use.path, suggestion, byAuthorsFile: use.byAuthorsFile === true }));
      }
      continue;
    }
    if (!found.ok) problems.push(problem("PictureUnreadable", place, { src: use.src, reason: found.reason }));
    else pictures.set(use.path, found.file);
  }
  return { pictures, problems };
}

/** The listed picture nearest in edits to `wanted` (a slip in a name or an extension), as a path from the content folder. */
function nearest(wanted: string, listed: ReadonlySet<string>): string | undefined {
  const limit = Math.max(2, Math.floor(wanted.length / 5));
  let best: { path: string; distance: number } | undefined;
  for (const candidate of listed) {
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = leven(candidate.toLowerCase(), wanted.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance || (distance === best.distance && candidate < best.path))) best = { path: candidate, distance };
  }
  return best && `/${best.path}`;
}
