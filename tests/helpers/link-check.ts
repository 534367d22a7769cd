import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";

export interface BrokenLink {
  /** Page the link is on (site path). */
  page: string;
  href: string;
  reason: string;
}

/**
 * Walk every HTML page of a built site with a real parser and check that each
 * internal link (`a`, `link`, `img`, `script`, `source`) resolves to a file of
 * the output, and that each `#fragment` names an element of its target page.
 * `pathPrefix` is the sub-path the site is meant to be served under.
 */
export async function checkLinks(siteDir: string, pathPrefix = "/"): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const $ = load(await readFile(file, "utf8"));
      ids.set(file, (found = new Set($("[id]").map((_, element) => $(element).attr("id") ?? "").get())));
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  const base = new URL(`https://site.invalid${pathPrefix}`);

  for (const file of files) {
    const absolute = path.join(siteDir, file);
    const page = `${pathPrefix}${file.split(path.sep).join("/")}`.replace(/index\.html$/, "");
    const $ = load(await readFile(absolute, "utf8"));
    const targets = $("a[href], link[href], img[src], script[src], source[src]")
      .map((_, element) => $(element).attr("href") ?? $(element).attr("src") ?? "")
      .get();
    for (const href of targets) {
      const url = new URL(href, new URL(page, base));
      if (url.origin !== base.origin) continue;
      links++;
      if (!url.pathname.startsWith(pathPrefix)) {
        broken.push({ page, href, reason: `outside the path prefix ${pathPrefix}` });
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(pathPrefix.length));
      let target = path.join(siteDir, relative);
      if (relative === "" || relative.endsWith("/") || (existsSync(target) && statSync(target).isDirectory())) target = path.join(target, "index.html");
      if (!existsSync(target)) {
        broken.push({ page, href, reason: "no such file in the output" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !(await idsOf(target)).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: files.length, links, broken };
}
