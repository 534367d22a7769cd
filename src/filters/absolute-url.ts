import { withPathPrefix } from "./site-url.ts";

/** `/2015/10/13/x/` → `https://archive.example.org/prefix/2015/10/13/x/`; absolute and protocol-relative URLs pass unchanged. */
export function absoluteUrl(url: string, baseUrl: string, pathPrefix: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return url;
  return `${baseUrl}${withPathPrefix(url.startsWith("/") ? url : `/${url}`, pathPrefix)}`;
}
