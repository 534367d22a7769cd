import type { Root } from "mdast";
import { visit } from "unist-util-visit";

export interface RemarkExternalLinksOptions {
  /** The site's own origin (`https://archive.example.org`); links elsewhere are external. */
  siteUrl: string;
}

/**
 * Mark links that leave the archive with `rel="external noopener"` and the class
 * `external`, so readers can tell them apart. They open in the same tab.
 */
export default function remarkExternalLinks({ siteUrl }: RemarkExternalLinksOptions) {
  const ownHost = new URL(siteUrl).host;
  return (tree: Root) => {
    visit(tree, "link", (node) => {
      if (!URL.canParse(node.url)) return;
      const target = new URL(node.url);
      if (!/^https?:$/.test(target.protocol) || target.host === ownHost) return;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ["external"], rel: ["external", "noopener"] } };
    });
  };
}
