import type { Element, ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";
import { toText } from "hast-util-to-text";

/** Options of `rehypeStoryCleanup`. */
export interface StoryCleanupOptions {
  /** Address relative links and pictures are read against (default: none; they stay relative). */
  baseUrl?: string | undefined;
  /** Origins of the site the story was published on: links to its pages become site paths, which its imported articles keep as aliases. */
  siteOrigins?: readonly string[] | undefined;
  /** Where to say what was left out, for the editor. */
  notes: string[];
}

/** Elements that are not story text: code, embedded frames and players, forms. */
const dropped = new Map<string, string>([
  ["script", "a script"],
  ["noscript", "a script's fallback"],
  ["style", "a style sheet"],
  ["template", "a template"],
  ["iframe", "an embedded frame"],
  ["frame", "an embedded frame"],
  ["object", "an embedded object"],
  ["embed", "an embedded object"],
  ["applet", "an embedded object"],
  ["video", "a video player"],
  ["audio", "an audio player"],
  ["canvas", "a drawing surface"],
  ["svg", "a drawing"],
  ["form", "a form"],
  ["input", "a form field"],
  ["button", "a button"],
  ["select", "a form field"],
  ["textarea", "a form field"],
  ["link", "a linked resource"],
  ["meta", "metadata"],
]);

/**
 * Clean a story's HTML before it becomes Markdown: comments, scripts, frames,
 * players, forms and tracking pixels are dropped (the notes say what), a link
 * that leads nowhere (`javascript:`, an anchor alone) becomes its text, a figure becomes its picture and its
 * caption in italics, a top-level heading becomes a second-level one (the
 * headline is the page's only first-level heading), relative addresses are
 * read against `baseUrl`, and links to the old site's own pages become site paths.
 */
export default function rehypeStoryCleanup(options: StoryCleanupOptions) {
  return (tree: Root) => {
    const counts = new Map<string, number>();
    const note = (what: string) => counts.set(what, (counts.get(what) ?? 0) + 1);
    clean(tree, options, note);
    for (const [what, count] of counts) options.notes.push(count === 1 ? `${what} was left out of the story` : `${what} was left out of the story ${count} times`);
  };
}

function clean(parent: Root | Element, options: StoryCleanupOptions, note: (what: string) => void): void {
  const kept: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === "comment" || child.type === "doctype") continue;
    if (child.type !== "element") {
      kept.push(child);
      continue;
    }
    const what = dropped.get(child.tagName);
    if (what !== undefined) {
      note(child.tagName === "iframe" && typeof child.properties["src"] === "string" ? `${what} (${child.properties["src"]})` : what);
      continue;
    }
    if (child.tagName === "img" && isTrackingPixel(child)) {
      note("a tracking pixel");
      continue;
    }
    clean(child, options, note);
    if (child.tagName === "figure") kept.push(...figureParts(child));
    else if (child.tagName === "a" && !isSafeLink(child)) kept.push(...child.children);
    else kept.push(fixElement(child, options));
  }
  parent.children = kept as Element["children"];
}

/** A picture of a pixel or two, or from a counter: there to count readers, not to be seen. */
function isTrackingPixel(image: Element): boolean {
  const size = (name: string) => Number.parseInt(String(image.properties[name] ?? ""), 10);
  return (size("width") <= 2 && size("height") <= 2) || /\b(?:pixel|beacon|tracking|stats\.wp\.com|doubleclick|google-analytics)\b/iu.test(String(image.properties["src"] ?? ""));
}

/** A figure as its content, and its caption as a paragraph in italics. */
function figureParts(figure: Element): ElementContent[] {
  const caption = figure.children.find((child): child is Element => child.type === "element" && child.tagName === "figcaption");
  const content = figure.children.filter((child) => child !== caption);
  const captionText = caption === undefined ? "" : toText(caption).trim();
  return [...content, ...(captionText === "" ? [] : [h("p", [h("em", captionText)])])];
}

/** A link with an address that leads somewhere: not an anchor alone, not `javascript:`. */
function isSafeLink(link: Element): boolean {
  const href = link.properties["href"];
  return typeof href === "string" && href.trim() !== "" && !/^\s*(?:javascript|vbscript|data):/iu.test(href);
}

/** One element's addresses and heading level, fixed. */
function fixElement(element: Element, options: StoryCleanupOptions): Element {
  if (element.tagName === "h1") element.tagName = "h2";
  for (const property of ["href", "src"] as const) {
    const value = element.properties[property];
    if (typeof value === "string") element.properties[property] = fixAddress(value.trim(), property === "href" && element.tagName === "a", options);
  }
  return element;
}

/** An address read against the base, and a link to the old site's own page made a site path. */
function fixAddress(address: string, isLink: boolean, options: StoryCleanupOptions): string {
  if (address === "" || address.startsWith("#") || /^[a-z][a-z0-9+.-]*:(?!\/\/)/iu.test(address)) return address;
  const base = options.baseUrl;
  const absolute = base !== undefined && URL.canParse(address, base) ? new URL(address, base) : URL.canParse(address) ? new URL(address) : undefined;
  if (absolute === undefined) return address;
  const onSite = (options.siteOrigins ?? []).includes(absolute.origin);
  if (isLink && onSite && absolute.search === "" && !absolute.pathname.startsWith("/wp-content/")) return `${absolute.pathname}${absolute.hash}`;
  return base === undefined && !URL.canParse(address) ? address : absolute.href;
}
