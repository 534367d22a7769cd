import { createHash } from "node:crypto";
import type { Picture, PictureFormat, PictureVariant } from "./model.ts";
import { mediaFileUrl } from "./urls.ts";

/** A picture of the content folder, as read: what planning needs of it. */
export interface PictureFile {
  /** Path under the content folder (`2015/10/citadel-gate.jpg`). */
  path: string;
  /** SHA-256 of its bytes, hex. */
  hash: string;
  /** Its size as shown, after any rotation its EXIF data asks for. */
  width: number;
  height: number;
}

/**
 * How every picture is published: the widths and formats made of it, and the
 * encoders' settings. Planning names the files from these, and processing
 * makes them with the same (`src/publishing/process-pictures.ts`).
 */
export const pictureOptions = {
  /** Widths made of each picture, in pixels; a picture is never enlarged. */
  widths: [320, 640, 960, 1280],
  /** Formats, best first: browsers take the first they read, and JPEG is the fallback every browser reads. */
  formats: ["avif", "webp", "jpeg"] as const satisfies readonly PictureFormat[],
  /** A width above the picture's own is replaced by the picture's own width only when the width below is at most this much smaller. */
  minimumThreshold: 1.25,
  /** Encoder settings per format (sharp's options). */
  encoders: {
    // Effort 1 encodes about ten times faster than 2, for files about half again as large: still far smaller than the JPEG.
    avif: { quality: 55, effort: 1 },
    webp: { quality: 78 },
    jpeg: { quality: 80, progressive: true },
  },
  /** Pictures with transparency are set on this colour: JPEG has none. */
  background: "#ffffff",
} as const;

/** The width link previews (`og:image`) use at most: large enough for every service, small enough to fetch fast. */
const shareWidth = 1280;

/** A picture's files, planned: what the build makes of one picture of the content folder. */
export interface PlannedMedia {
  /** The output that makes them: `media:<key>`. */
  id: string;
  /** Names the files, and changes with the picture's bytes and the publishing options. */
  key: string;
  /** The picture under the content folder. */
  path: string;
  variants: PictureVariant[];
}

/**
 * Plan the files of a picture: each format in each width up to its own
 * (never enlarged), named by a key made of the picture's bytes and the
 * publishing options. Pure: the same picture always gives the same files.
 */
export function planMedia(file: PictureFile): PlannedMedia {
  const key = createHash("sha256").update(file.hash).update("\0").update(JSON.stringify(pictureOptions)).digest("hex").slice(0, 12);
  const widths = validWidths(file.width, pictureOptions.widths, pictureOptions.minimumThreshold);
  const variants = pictureOptions.formats.flatMap((format) =>
    widths.map((width) => ({ format, width, height: Math.max(1, Math.floor((width * file.height) / file.width)), url: mediaFileUrl(key, width, format) })),
  );
  return { id: `media:${key}`, key, path: file.path, variants };
}

/** A planned picture with what readers are told of it. */
export function pictureOf(media: PlannedMedia, text: { alt: string; caption?: string | undefined; credit?: string | undefined }): Picture {
  const largest = media.variants.reduce((best, variant) => (variant.width > best.width ? variant : best));
  return {
    kind: "local",
    id: media.id,
    alt: text.alt,
    caption: text.caption,
    credit: text.credit,
    width: largest.width,
    height: largest.height,
    variants: media.variants,
  };
}

/** The version of a picture link previews and structured data name: the widest JPEG up to 1,280 pixels. */
export function shareVariant(picture: Picture): PictureVariant {
  const jpegs = picture.variants.filter((variant) => variant.format === "jpeg").sort((a, b) => a.width - b.width);
  return jpegs.filter((variant) => variant.width <= shareWidth).at(-1) ?? (jpegs[0] as PictureVariant);
}

/**
 * The widths made of a picture `original` pixels wide, as Eleventy Image
 * chooses them: the requested widths up to the picture's own; a requested
 * width above it becomes the picture's own width when the width below it
 * is at least `1 / threshold` of it, and is left out otherwise.
 */
export function validWidths(original: number, requested: readonly number[], threshold: number): number[] {
  const widths: number[] = [];
  let lastWasBigEnough = true;
  for (const width of [...requested].sort((a, b) => a - b)) {
    if (width > original) {
      if (lastWasBigEnough) widths.push(original);
      continue;
    }
    lastWasBigEnough = original > Math.floor(width * threshold);
    widths.push(width);
  }
  return [...new Set(widths)].sort((a, b) => a - b);
}
