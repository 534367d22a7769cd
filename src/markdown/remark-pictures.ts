import type { Image, Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { isLocalPicture } from "../content/picture-path.ts";

/** A picture of the content folder that a story shows, as written. */
export interface StoryPicture {
  /** The file, as written (relative to the article, or from the content folder with `/`). */
  src: string;
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
  /** Body line (1-based). */
  line: number;
}

declare module "vfile" {
  interface DataMap {
    /** The story's pictures of the content folder, in order. */
    pictures: StoryPicture[];
  }
}

/**
 * Record the pictures of the content folder a story shows (`![alt](citadel.jpg
 * "caption | credit")`) and leave in their place a numbered mark, which the
 * pipeline replaces with the picture as planned: its sizes and formats depend
 * on the file, not on the story, so they are not part of the cached HTML.
 * Pictures at outside addresses stay as written.
 */
export default function remarkPictures() {
  return (tree: Root, file: VFile) => {
    const pictures: StoryPicture[] = [];
    visit(tree, "image", (node: Image) => {
      if (!isLocalPicture(node.url)) return;
      const [caption, credit] = captionAndCredit(node.title);
      pictures.push({ src: node.url, alt: node.alt?.trim() ?? "", caption, credit, line: node.position?.start.line ?? 1 });
      node.url = "";
      node.alt = "";
      node.title = null;
      node.data = { hProperties: { dataPicture: String(pictures.length - 1) } };
    });
    file.data.pictures = pictures;
  };
}

/** `"The bridge in October | Photo: LWS"` → caption and credit; without `|`, a caption alone. */
function captionAndCredit(title: string | null | undefined): [string | undefined, string | undefined] {
  if (!title?.trim()) return [undefined, undefined];
  const bar = title.lastIndexOf("|");
  if (bar === -1) return [title.trim(), undefined];
  return [title.slice(0, bar).trim() || undefined, title.slice(bar + 1).trim() || undefined];
}

/** Whether a block of the story is a paragraph of pictures alone: neither the lead nor the excerpt. */
export function isPictureParagraph(node: RootContent): node is Paragraph {
  return node.type === "paragraph" && node.children.length > 0 && node.children.every((child) => child.type === "image" || (child.type === "text" && child.value.trim() === ""));
}
