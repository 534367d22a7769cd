import type { SiteConfig } from "../config/site-schema.ts";

/** Interface text in a language (the site's by default), with `{name}` placeholders filled (see `translate`). */
export type Translate = (key: string, lang?: string, variables?: Record<string, unknown>) => string;

/** What every view model is made with besides its page: the site's settings and its interface text. */
export interface ViewContext {
  site: SiteConfig;
  t: Translate;
}
