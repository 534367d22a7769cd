import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Desk, DeskStory } from "../archive/desk.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import { plural } from "../content/report.ts";
import { formatDate } from "../filters/format-date.ts";
import { withPathPrefix } from "../filters/site-url.ts";

/** Where the preview serves the desk: a path no page of the site can take (old addresses refuse parts starting with `.`). */
export const deskPath = "/.backfile/desk/";

export interface DeskPageOptions {
  site: SiteConfig;
  /** The site's stylesheet, as a site path (`/assets/style.…css`). */
  stylesheet: string;
}

// The desk's own layout; colours come from the site's stylesheet, so dark mode follows it.
const deskStyle = `
.desk { max-width: 74rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
.desk table { width: 100%; border-collapse: collapse; margin-block-end: 2rem; }
.desk th, .desk td { text-align: start; vertical-align: top; padding: .4rem .6rem; border-block-end: 1px solid var(--rule); }
.desk td code { font-size: .85em; overflow-wrap: anywhere; }
.desk .desk__none { color: var(--ink-soft); margin-block-end: 2rem; }
`;

/**
 * The desk page of the preview: one table per list of `Desk`, each story
 * linked to its page in the preview. It is made by the preview alone and
 * never written into a site.
 */
export function deskPage(desk: Desk, { site, stylesheet }: DeskPageOptions): string {
  const link = (url: string) => withPathPrefix(url, site.pathPrefix);
  const time = (story: DeskStory) => h("time", { dateTime: story.published }, formatDate(story.published, "en", site.timeZone, "datetime"));
  const problems = (story: DeskStory) => [story.errors > 0 ? plural(story.errors, "error") : "", story.warnings > 0 ? plural(story.warnings, "warning") : ""].filter(Boolean).join(", ");
  const missing = (story: DeskStory) => story.missing.map((field) => `no ${field}`).join(", ");

  const section = (id: string, heading: string, stories: readonly DeskStory[], columns: [string, (story: DeskStory) => ElementContent | string][]): Element[] => [
    h("h2", { id }, `${heading} (${stories.length.toLocaleString("en")})`),
    stories.length === 0
      ? h("p.desk__none", "None.")
      : h("table", { ariaLabelledBy: id }, [
          h("thead", h("tr", [h("th", { scope: "col" }, "Story"), h("th", { scope: "col" }, "File"), ...columns.map(([name]) => h("th", { scope: "col" }, name))])),
          h(
            "tbody",
            stories.map((story) =>
              h("tr", [
                h("th", { scope: "row" }, h("a", { href: link(story.url) }, story.title)),
                h("td", h("code", story.file)),
                ...columns.map(([, cell]) => h("td", cell(story))),
              ]),
            ),
          ),
        ]),
  ];

  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: "en", dir: "ltr" }, [
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("meta", { name: "robots", content: "noindex" }),
          h("title", `Desk · ${site.name}`),
          h("link", { rel: "stylesheet", href: link(stylesheet) }),
          h("style", deskStyle),
        ]),
        h("body", [
          h("main.desk", { id: "main" }, [
            h("h1", "Desk"),
            h("p", [
              "What the preview holds that readers do not see yet, and what needs a look before it goes out, newest first. Only the preview has this page. ",
              h("a", { href: link("/") }, "Back to the site"),
              ".",
            ]),
            ...section("desk-drafts", "Drafts", desk.drafts, [["Dated", time]]),
            ...section("desk-embargoed", "Embargoed", desk.embargoed, [["Goes live", time]]),
            ...section("desk-problems", "With problems", desk.withProblems, [["Problems", problems]]),
            ...section("desk-incomplete", "Missing topics or summary", desk.incomplete, [["Missing", missing]]),
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree, { upperDoctype: true })}\n`;
}
