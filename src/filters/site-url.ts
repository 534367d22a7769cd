/**
 * A site-relative URL (`/2015/10/13/x/`) under the site's path prefix
 * (`/archive/2015/10/13/x/`). Absolute and relative URLs pass unchanged.
 */
export function withPathPrefix(url: string, pathPrefix: string): string {
  if (!url.startsWith("/") || url.startsWith("//")) return url;
  return pathPrefix === "/" ? url : `${pathPrefix.slice(0, -1)}${url}`;
}
