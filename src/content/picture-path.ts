import path from "node:path";

/** File name endings of the pictures the site publishes: JPEG, PNG, WebP, AVIF, GIF and TIFF. */
export const pictureExtensions: readonly string[] = [".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".tif", ".tiff"];

/** Whether a file of the content folder is a picture the site can publish, by its name. */
export function isPictureFile(name: string): boolean {
  return pictureExtensions.includes(path.posix.extname(name).toLowerCase());
}

/** Whether a picture reference names a file of the content folder rather than an address elsewhere. */
export function isLocalPicture(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith("//") && !src.startsWith("#") && src.trim() !== "";
}

/**
 * The path under the content folder that a picture reference names: relative
 * to the folder of the file that names it (`citadel.jpg` in
 * `2015/10/x.md` → `2015/10/citadel.jpg`), or to the content folder when it
 * starts with `/` (`/media/maps/aleppo.png` → `media/maps/aleppo.png`).
 * Undefined when it leads outside the content folder or into a hidden file.
 */
export function picturePath(fromFolder: string, src: string): string | undefined {
  let written = src.trim();
  try {
    written = decodeURI(written);
  } catch {
    // Not percent-encoded text: taken as written.
  }
  const joined = written.startsWith("/") ? written.slice(1) : path.posix.join(fromFolder, written);
  const normalized = path.posix.normalize(joined);
  const parts = normalized.split("/");
  if (normalized === "." || parts.some((part) => part === ".." || part.startsWith(".") || part === "")) return undefined;
  return normalized;
}
