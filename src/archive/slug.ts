import { createHash } from "node:crypto";
import slugifyName from "@sindresorhus/slugify";
import { compareText } from "../content/problems.ts";

/**
 * The one slug function: lowercase ASCII words joined by hyphens. Non-Latin
 * names are transliterated (`سوريا` → `swrya`, `Москва` → `moskva`); a name with
 * nothing to transliterate (`北京`) gets a slug made from its hash.
 */
export function slugify(name: string): string {
  const slug = slugifyName(name, { decamelize: false });
  return slug === "" ? `n-${shortHash(name)}` : slug;
}

/** One occurrence of a name, and when the archive first used it. */
export interface NameUse {
  name: string;
  /** Earliest publication time (epoch ms) of an article using the name. */
  firstUsed: number;
}

/**
 * Give every name its own slug. Names that slug alike (`Café`, `Cafe`) are kept
 * apart: the one the archive used first keeps the plain slug, later ones get a
 * suffix from a hash of the exact name. As archives grow forward in time, adding
 * articles does not change the slug of a name already in use. A `reserved`
 * slug (a path the site uses itself) is never given out plain.
 */
export function assignSlugs(uses: Iterable<NameUse>, { reserved = [] }: { reserved?: readonly string[] } = {}): Map<string, string> {
  const groups = new Map<string, NameUse[]>();
  for (const use of uses) {
    const base = slugify(use.name);
    const group = groups.get(base);
    if (group) group.push(use);
    else groups.set(base, [use]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of groups) {
    group.sort((a, b) => a.firstUsed - b.firstUsed || compareText(a.name, b.name));
    const plainIsFree = !reserved.includes(base);
    group.forEach((use, index) => slugs.set(use.name, index === 0 && plainIsFree ? base : `${base}-${shortHash(use.name)}`));
  }
  return slugs;
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 6);
}
