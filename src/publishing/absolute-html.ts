import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";

/**
 * The same HTML with every URL absolute (`/2015/10/13/x/` →
 * `https://archive.example.org/2015/10/13/x/`), for feeds read away from the
 * site. Parsed, not pattern-matched, with Eleventy's own URL rewriter.
 */
export async function absoluteHtml(html: string, pageUrl: string): Promise<string> {
  const result = await posthtml()
    .use(urls({ eachURL: (url: string) => (URL.canParse(url.trim(), pageUrl) ? new URL(url.trim(), pageUrl).href : url) }))
    .process(html);
  return result.html;
}
