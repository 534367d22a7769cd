import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { withPathPrefix } from "../filters/site-url.ts";

export interface RemarkSitePathsOptions {
  /** Sub-path the site is hosted under (`/archive/`); `/` leaves links alone. */
  pathPrefix: string;
}

/**
 * Put links and images that an editor wrote as site paths (`/2015/10/13/x/`)
 * under the site's path prefix, so they work wherever the archive is hosted.
 */
export default function remarkSitePaths({ pathPrefix }: RemarkSitePathsOptions) {
  return (tree: Root) => {
    if (pathPrefix === "/") return;
    visit(tree, (node) => {
      if (node.type === "link" || node.type === "image" || node.type === "definition") node.url = withPathPrefix(node.url, pathPrefix);
    });
  };
}
