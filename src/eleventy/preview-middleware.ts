import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Desk } from "../archive/desk.ts";
import type { SiteConfig } from "../config/site-schema.ts";
import type { Problem } from "../content/problems.ts";
import { summarize } from "../content/report.ts";
import { withPathPrefix } from "../filters/site-url.ts";
import { assetUrls } from "../publishing/assets.ts";
import { projectRoot } from "../runtime.ts";
import { deskPage, deskPath } from "./preview-desk.ts";

/**
 * The preview's own addresses, beside the site's. A part starting with `.`
 * is one no page of a site can have (old addresses refuse it), and they hold
 * under any path prefix.
 */
export const previewPaths = { problems: "/.backfile/problems.json", panel: "/.backfile/panel.js", desk: deskPath } as const;

/** What the preview shows besides the site's pages: the problems, for the panel, and the desk page. */
export interface PreviewExtras {
  /** The JSON the panel reads. */
  problems: string;
  /** The desk page's HTML. */
  desk: string;
}

/** The panel's JSON and the desk page for the content as it is now. */
export function previewExtras(problems: readonly Problem[], desk: Desk, pageOf: ReadonlyMap<string, string>, site: SiteConfig): PreviewExtras {
  const withPages = problems.map((problem) => {
    const page = pageOf.get(problem.file);
    return page === undefined ? problem : { ...problem, page: withPathPrefix(page, site.pathPrefix) };
  });
  const stylesheet = assetUrls(path.join(projectRoot, "templates/assets"))["style.css"] ?? "/";
  return {
    problems: JSON.stringify({ problems: withPages, summary: summarize(problems), desk: previewPaths.desk }),
    desk: deskPage(desk, { site, stylesheet }),
  };
}

/** A page as the preview serves it: with the panel's script. */
export function withPanel(html: string): string {
  const script = `<script type="module" src="${previewPaths.panel}"></script>`;
  return html.includes("</head>") ? html.replace("</head>", `${script}</head>`) : `${html}${script}`;
}

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Middleware for Eleventy's dev server: it answers the preview's own
 * addresses and adds the panel's script to every HTML page it serves. The
 * pages on disk stay exactly as a build writes them.
 */
export function previewMiddleware(extras: () => PreviewExtras): Middleware {
  const panelScript = readFileSync(path.join(projectRoot, "src/eleventy/preview-panel.js"), "utf8");
  const send = (response: ServerResponse, type: string, body: string) => {
    response.setHeader("Content-Type", type);
    response.setHeader("Cache-Control", "no-store");
    response.end(body);
  };
  return (request, response, next) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    if (pathname === previewPaths.problems) return send(response, "application/json; charset=utf-8", extras().problems);
    if (pathname === previewPaths.panel) return send(response, "text/javascript; charset=utf-8", panelScript);
    if (pathname === previewPaths.desk) return send(response, "text/html; charset=utf-8", withPanel(extras().desk));
    const end = response.end.bind(response) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      const html = typeof chunk === "string" && String(response.getHeader("Content-Type") ?? "").startsWith("text/html");
      return end(html ? withPanel(chunk) : chunk, ...rest);
    }) as ServerResponse["end"];
    next();
  };
}
