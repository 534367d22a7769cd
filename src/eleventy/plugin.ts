import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { textDirection } from "../archive/text-direction.ts";
import { siteLinks } from "../archive/urls.ts";
import { site as configuredSite } from "../config/site.ts";
import { formatText } from "../content/report.ts";
import { hasErrors } from "../content/problems.ts";
import { ArchivePipeline } from "../pipeline/pipeline.ts";
import { articlesShownWhole, withBodies } from "../archive/model.ts";
import { assetUrls } from "../publishing/assets.ts";
import { defaultCardImage } from "../publishing/card-image.ts";
import { iconLinks, siteIcons } from "../publishing/site-icons.ts";
import { translate } from "../filters/translate.ts";
import { registerFilters } from "./filters.ts";
import { registerPages } from "./pages.ts";
import { readStringTables } from "./string-tables.ts";
import { defaultCacheDir, type RunOptions, runOptionsFor } from "./run-options.ts";
import { projectRoot } from "../runtime.ts";

/** Eleventy's folders: templates are the input; articles come in as data, never as templates. */
export const directories = {
  input: "templates",
  includes: "",
  layouts: "layouts",
  data: "_data",
};

/**
 * The one place backfile talks to Eleventy: the planned pages as global data,
 * one virtual template per kind of page paginating over them, and filters.
 * `npm run build` hands the plugin the pages to draw (see `writePages`); a
 * plain `eleventy --config=.eleventy.ts` run plans the project's content itself.
 */
export function backfile(config: UserConfig): void {
  const bound = runOptionsFor(config);
  const site = bound?.site ?? configuredSite;
  const options = bound ? Promise.resolve(bound) : planContent();
  // A failure is left to Eleventy, which asks for the pages and stops the run with its message.
  options.catch(() => undefined);

  config.addGlobalData("site", site);
  config.addGlobalData("siteDir", textDirection(site.language));
  config.addGlobalData("siteLinks", siteLinks());
  config.addGlobalData("archive", async () => ({ pages: (await options).pages }));
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  config.setUseGitIgnore(false);
  // Eleventy's "Benchmark … (Configuration) Nunjucks Filter" warnings come from a group made before quiet mode applies;
  // they depend on the machine's load, and Eleventy's own messages never reach an editor.
  config.benchmarkManager.getBenchmarkGroup("Configuration").setIsVerbose(false);
  // Every page is a virtual template; files under templates/ are layouts and partials only.
  config.ignores.add(`${directories.input}/**`);
  config.addGlobalData("assets", assetUrls(path.join(projectRoot, directories.input, "assets")));
  const icons = siteIcons(path.join(projectRoot, directories.input));
  const links = icons && iconLinks(icons);
  config.addGlobalData("icons", links ?? null);

  const strings = readStringTables(path.join(projectRoot, directories.input, "strings"));
  registerFilters(config, site, strings);
  if (bound?.onPageWritten) {
    const { onPageWritten } = bound;
    // A transform sees every page once, just before it is written.
    config.addTransform("backfile-progress", (content: unknown) => {
      onPageWritten();
      return content;
    });
  }
  registerPages(config, {
    site,
    t: (key, lang = site.language, variables = {}) => translate(strings, key, lang, site.language, variables),
    cardImage: defaultCardImage(site, links),
  });
}

/** The project's content, planned as `npm run build` would plan it now. */
async function planContent(): Promise<RunOptions> {
  const contentDir = path.join(projectRoot, "content");
  const pipeline = new ArchivePipeline({ site: configuredSite, contentDir, cacheDir: defaultCacheDir(contentDir), now: Date.now() });
  const { archive, problems } = await pipeline.loadAll();
  if (hasErrors(problems)) throw new Error(`Content problems:\n\n${formatText(problems)}`);
  return { site: configuredSite, pages: withBodies(archive.pages, await pipeline.bodies(articlesShownWhole(archive.pages))) };
}
