// Types for the part of @11ty/eleventy-img that backfile uses; the package ships none.
declare module "@11ty/eleventy-img" {
  import type { Sharp } from "sharp";

  export interface ImageOptions {
    widths: number[];
    formats: string[];
    outputDir: string;
    urlPath: string;
    filenameFormat: (id: string, src: string, width: number, format: string) => string;
    sharpAvifOptions?: object;
    sharpWebpOptions?: object;
    sharpJpegOptions?: object;
    /** Formats left out for pictures with transparency or animation; `[]` keeps every format. */
    formatFiltering: string[];
    transform?: (sharp: Sharp) => void | Promise<void>;
    useCache: boolean;
    minimumThreshold: number;
  }

  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    outputPath: string;
  }

  /** Process a picture into every width and format asked for; resolves to the files made, by format. */
  function Image(src: string, options: ImageOptions): Promise<Record<string, ImageStat[]>>;
  namespace Image {
    /** Pictures processed at once. */
    let concurrency: number;
  }
  export default Image;
}
