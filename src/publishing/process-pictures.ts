import { availableParallelism } from "node:os";
import path from "node:path";
import { mediaFolderUrl, urlFolder } from "../archive/urls.ts";
import { type PlannedMedia, pictureOptions } from "../archive/pictures.ts";

/**
 * Make the planned files of each picture into `siteDir` with Eleventy Image
 * (sharp underneath): every format in every width, named as planned, several
 * pictures at once. Each picture's files are checked against the plan, so
 * pages never name a file that was made otherwise.
 */
export async function processPictures(media: readonly PlannedMedia[], contentDir: string, siteDir: string): Promise<void> {
  if (media.length === 0) return;
  // Loaded only when there are pictures to make: it loads sharp.
  const { default: Image } = await import("@11ty/eleventy-img");
  Image.concurrency = Math.max(2, availableParallelism());
  const outputDir = path.join(siteDir, urlFolder(mediaFolderUrl));
  await Promise.all(
    media.map(async (item) => {
      const made = await Image(path.join(contentDir, item.path), {
        widths: [...pictureOptions.widths],
        formats: [...pictureOptions.formats],
        outputDir,
        urlPath: mediaFolderUrl,
        filenameFormat: (_id, _src, width, format) => `${item.key}-${width}.${format}`,
        sharpAvifOptions: pictureOptions.encoders.avif,
        sharpWebpOptions: pictureOptions.encoders.webp,
        sharpJpegOptions: pictureOptions.encoders.jpeg,
        // Every picture gets every format: one with transparency is set on a plain background instead.
        formatFiltering: [],
        transform: (sharp) => {
          sharp.flatten({ background: pictureOptions.background });
        },
        useCache: false,
        minimumThreshold: pictureOptions.minimumThreshold,
      });
      const files = Object.values(made).flat();
      const unplanned = files.filter((file) => !item.variants.some((variant) => variant.url === file.url && variant.width === file.width && variant.height === file.height));
      if (unplanned.length > 0 || files.length !== item.variants.length) {
        throw new Error(`\`${item.path}\` was made into other files than planned (${unplanned.map((file) => file.url).join(", ") || `${files.length} of ${item.variants.length} files`}).`);
      }
    }),
  );
}
