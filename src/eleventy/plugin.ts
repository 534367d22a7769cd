import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { type Archive, plannedUrls } from "../archive/model.ts";
import { prepareArchive } from "../archive/prepare-archive.ts";
import { textDirection } from "../archive/text-direction.ts";
import { siteLinks } from "../archive/urls.ts";
import { ContentError } from "../content/problems.ts";
import { formatText } from "../content/report.ts";
import { fingerprintAssets } from "./assets.ts";
import { registerFilters } from "./filters.ts";
import { registerPages } from "./pages.ts";
import { projectRoot, runOptionsFor } from "./run-options.ts";

/** Report each page as Eleventy finishes it: a transform sees every page once, just before it is written. */
function countPagesWritten(config: UserConfig, onPageWritten: (written: number, total: number) => void, archive: () => Promise<Archive>): void {
  let written = 0;
  let total = 0;
  config.on("eleventy.before", async () => {
    written = 0;
    total = plannedUrls((await archive()).pages).length;
  });
  config.addTransform("backfile-progress", (content: unknown) => {
    onPageWritten(++written, total);
    return content;
  });
}

/** Eleventy's folders: templates are the input; articles come in as data, never as templates. */
export const directories = {
  input: "templates",
  includes: "",
  layouts: "layouts",
  data: "_data",
};

/**
 * The one place backfile talks to Eleventy: the archive as global data, one
 * virtual template per kind of page paginating over it, filters, and assets.
 */
export function backfile(config: UserConfig): void {
  const options = runOptionsFor(config);
  const { site } = options;

  let prepared: Promise<Archive> | undefined;
  const archive = () => (prepared ??= options.archive ? Promise.resolve(options.archive) : loadArchive());
  const loadArchive = async () => {
    try {
      return (await prepareArchive(options)).archive;
    } catch (error) {
      if (error instanceof ContentError) throw new Error(`Content problems:\n\n${formatText(error.problems)}`);
      throw error;
    }
  };

  config.addGlobalData("site", site);
  config.addGlobalData("siteDir", textDirection(site.language));
  config.addGlobalData("siteLinks", siteLinks());
  config.addGlobalData("archive", archive);
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  config.setUseGitIgnore(false);
  // Every page is a virtual template; files under templates/ are layouts and partials only.
  config.ignores.add(`${directories.input}/**`);
  const assets = fingerprintAssets(projectRoot, `${directories.input}/assets`);
  config.addPassthroughCopy(assets.copies);
  config.addGlobalData("assets", assets.urls);
  config.addWatchTarget(options.contentDir);

  registerFilters(config, site, path.join(projectRoot, directories.input));
  if (options.onPageWritten) countPagesWritten(config, options.onPageWritten, archive);
  registerPages(config, site);

  // Content edits in a watch session plan the archive anew.
  config.on("eleventy.beforeWatch", () => {
    prepared = undefined;
  });
}
