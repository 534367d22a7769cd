import { toHtml } from "hast-util-to-html";

/** Plain text (a headline, a summary) written as HTML text, for formats that carry HTML. */
export function plainTextAsHtml(text: string): string {
  return toHtml({ type: "text", value: text });
}
