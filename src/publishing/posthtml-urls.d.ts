// Types for the part of @11ty/posthtml-urls that backfile uses; the package ships none.
declare module "@11ty/posthtml-urls" {
  import type { Plugin } from "posthtml";

  export interface UrlsOptions {
    /** Called with every URL in an attribute that holds one; returns its replacement. */
    eachURL: (url: string, attribute: string, element: string) => string | Promise<string>;
  }

  export default function urls(options: UrlsOptions): Plugin<unknown>;
}
