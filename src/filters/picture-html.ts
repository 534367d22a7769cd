import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { type Article, bodyOf, type LeadPicture, type Picture } from "../archive/model.ts";
import { withPathPrefix } from "./site-url.ts";

/** Where a picture is shown, which says how wide it is drawn (`sizes`) and whether it loads at once. */
export type PictureUse = "lead" | "story" | "card" | "front" | "portrait";

/** How wide each use draws a picture, for the browser to pick a file before the layout is known (see style.css). */
const sizes: Record<PictureUse, string> = {
  lead: "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
  story: "(min-width: 44rem) 42rem, calc(100vw - 2rem)",
  card: "(min-width: 40rem) 10rem, 6rem",
  front: "(min-width: 74rem) 27rem, (min-width: 60rem) calc(50vw - 12rem), (min-width: 48rem) calc(50vw - 2rem), calc(100vw - 2rem)",
  portrait: "5rem",
};

/** Uses seen in the first screen: loaded at once, not when scrolled to. */
const eager: ReadonlySet<PictureUse> = new Set(["lead", "front"]);

/**
 * A picture as HTML: `<picture>` with a source per format (AVIF, WebP) and a
 * JPEG `<img>` with every width in `srcset`, the width and height of the
 * largest (so nothing moves as it loads), and lazy loading except where the
 * first screen shows it. A picture published elsewhere is a plain `<img>`.
 * Built as a syntax tree, so every value is escaped.
 */
export function pictureHtml(picture: LeadPicture, use: PictureUse, pathPrefix: string): string {
  return toHtml(pictureElement(picture, use, pathPrefix));
}

/**
 * A picture with its caption and credit, as a `<figure>`: the lead picture
 * of an article, and the pictures of its story.
 */
export function figureHtml(picture: LeadPicture, use: PictureUse, pathPrefix: string): string {
  const parts = [
    ...(picture.caption ? [h("span", { className: ["figure__caption"] }, picture.caption)] : []),
    ...(picture.credit ? [h("span", { className: ["figure__credit"] }, picture.credit)] : []),
  ];
  // A space between caption and credit, so that they read as two phrases without the stylesheet too.
  const caption = parts.flatMap((part, index) => (index === 0 ? [part] : [{ type: "text" as const, value: " " }, part]));
  const figure = h("figure", { className: ["figure", `figure--${use}`] }, [
    pictureElement(picture, use, pathPrefix),
    ...(caption.length > 0 ? [h("figcaption", caption)] : []),
  ]);
  return toHtml(figure);
}

function pictureElement(picture: LeadPicture, use: PictureUse, pathPrefix: string): Element {
  const loading = eager.has(use) ? { fetchPriority: use === "lead" ? "high" : undefined } : { loading: "lazy" };
  if (picture.kind === "remote") return h("img", { src: picture.url, alt: picture.alt, ...loading, decoding: "async" });
  const srcset = (format: string) =>
    picture.variants
      .filter((variant) => variant.format === format)
      .map((variant) => `${withPathPrefix(variant.url, pathPrefix)} ${variant.width}w`)
      .join(", ");
  const fallback = fallbackOf(picture);
  return h("picture", [
    ...["avif", "webp"].filter((format) => picture.variants.some((variant) => variant.format === format)).map((format) => h("source", { type: `image/${format}`, srcSet: srcset(format), sizes: sizes[use] })),
    h("img", {
      src: withPathPrefix(fallback.url, pathPrefix),
      srcSet: srcset("jpeg"),
      sizes: sizes[use],
      width: fallback.width,
      height: fallback.height,
      alt: picture.alt,
      ...loading,
      decoding: "async",
    }),
  ]);
}

/** The widest JPEG: the `<img>` every browser can show. */
function fallbackOf(picture: Picture) {
  return picture.variants.filter((variant) => variant.format === "jpeg").reduce((best, variant) => (variant.width > best.width ? variant : best));
}

/**
 * A story's HTML with its pictures in place of the numbered marks rendering
 * left (see `remark-pictures`): a paragraph that holds a picture alone becomes
 * a figure with its caption and credit, a picture within text a picture. A
 * mark whose picture was not planned (a preview of a broken file) is dropped.
 */
export function placePictures(html: string, pictures: readonly (Picture | null)[], pathPrefix: string): string {
  if (pictures.length === 0) return html;
  const picture = (index: string) => pictures[Number(index)] ?? undefined;
  return html
    .replace(/<p><img src="" alt="" data-picture="(\d+)"><\/p>/g, (_, index: string) => {
      const found = picture(index);
      return found ? figureHtml(found, "story", pathPrefix) : "";
    })
    .replace(/<img src="" alt="" data-picture="(\d+)">/g, (_, index: string) => {
      const found = picture(index);
      return found ? pictureHtml(found, "story", pathPrefix) : "";
    });
}

/** An article's story as pages and feeds show it: its HTML, with its pictures in place. */
export function storyHtml(article: Article, pathPrefix: string): string {
  return placePictures(bodyOf(article), article.pictures, pathPrefix);
}
