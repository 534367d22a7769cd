import { defineSite } from "./site-schema.ts";

/**
 * The archive's own settings: edit these for your newsroom.
 * `--base-url` and `--path-prefix` on the command line override the matching fields.
 */
export const site = defineSite({
  name: "The Backfile Wire Archive",
  description: "Wire stories from the Levant and beyond, as they were filed.",
  baseUrl: "https://archive.example.org",
  pathPrefix: "/",
  language: "en",
  timeZone: "Asia/Damascus",
  publisher: { name: "Backfile Wire Archive", url: "https://archive.example.org" },
  pageSize: 20,
});
