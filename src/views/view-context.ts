import type { SiteConfig } from "../config/site-schema.ts";
import type { SharedPicture } from "../filters/share-picture.ts";

/** Interface text in a language (the site's by default), with `{name}` placeholders filled (see `translate`). */
export type Translate = (key: string, lang?: string, variables?: Record<string, unknown>) => string;

/** What every view model is made with besides its page: the site's settings, its interface text and its card picture. */
export interface ViewContext {
  site: SiteConfig;
  t: Translate;
  /** The picture link previews show for a page without one of its own (see `defaultCardImage`). */
  cardImage?: SharedPicture | undefined;
}
