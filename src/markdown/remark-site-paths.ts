import type { Root } from "mdast";
import { visit } from "unist-util-visit";

export interface RemarkSitePathsOptions {
  /** Sub-path the site is hosted under (`/archive/`); `/` leaves links alone. */
  pathPrefix: string;
}

/**
 * Put links and images that an editor wrote as site paths (`/2015/10/13/x/`)
 * under the site's path prefix, so they work wherever the archive is hosted.
 */
export default function remarkSitePaths({ pathPrefix }: RemarkSitePathsOptions) {
  const prefix = pathPrefix.replace(/\/$/, "");
  return (tree: Root) => {
    if (prefix === "") return;
    visit(tree, (node) => {
      if ((node.type === "link" || node.type === "image" || node.type === "definition") && node.url.startsWith("/") && !node.url.startsWith("//")) {
        node.url = `${prefix}${node.url}`;
      }
    });
  };
}
