// Eleventy's entry point: all of backfile's wiring lives in src/eleventy/.
// src/eleventy/build-site.ts runs Eleventy with this file as its explicit config
// path (under tsx): Eleventy does not look for this file name by itself.
import type { UserConfig } from "@11ty/eleventy";
import { site } from "./src/config/site.ts";
import { backfile, directories } from "./src/eleventy/plugin.ts";

export default function (eleventyConfig: UserConfig): void {
  eleventyConfig.addPlugin(backfile);
}

export const config = {
  dir: directories,
  templateFormats: ["njk", "11ty.js"],
  pathPrefix: site.pathPrefix,
};
