import type { Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * Carry a table column's alignment as a class (`align-right`) instead of the
 * obsolete `align` attribute, so pages stay valid HTML; the stylesheet aligns.
 */
export default function remarkTableAlignment() {
  return (tree: Root) => {
    visit(tree, "table", (table) => {
      const alignment = table.align ?? [];
      for (const row of table.children) {
        row.children.forEach((cell, column) => {
          const align = alignment[column];
          if (align) cell.data = { ...cell.data, hProperties: { ...cell.data?.hProperties, className: [`align-${align}`] } };
        });
      }
      // Without `align`, mdast-util-to-hast emits every cell and no attribute.
      table.align = null;
    });
  };
}
