import { createHash } from "node:crypto";
import slugifyName from "@sindresorhus/slugify";
import { compareText } from "../content/problems.ts";

/** Longest slug made from a name; longer ones are cut at a word and made unique with a hash. */
export const slugLength = 80;

/**
 * The one slug function: lowercase ASCII words joined by single hyphens.
 * Non-Latin names are transliterated (`سوريا` → `swrya`, `Москва` → `moskva`);
 * a name with nothing to transliterate (`北京`) gets a slug made from its hash.
 * A slug longer than `slugLength` is cut at a word and ends with a hash of the
 * whole name, so two long names that start alike stay apart and every URL part
 * fits in a file name.
 */
export function slugify(name: string): string {
  const slug = slugifyName(name, { decamelize: false });
  if (slug === "") return `n-${hashOf(name).slice(0, 6)}`;
  if (slug.length <= slugLength) return slug;
  const cut = slug.slice(0, slugLength - 7);
  const boundary = cut.lastIndexOf("-");
  return `${(boundary > slugLength / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "")}-${hashOf(name).slice(0, 6)}`;
}

/** One occurrence of a name, and when the archive first used it. */
export interface NameUse {
  name: string;
  /** Earliest publication time (epoch ms) of an article using the name. */
  firstUsed: number;
}

/**
 * Give every name its own slug. Names that slug alike (`Café`, `Cafe`) are kept
 * apart: the one the archive used first keeps the plain slug, later ones get
 * `--` and a hash of the exact name (`cafe--3f2a1b`). Plain slugs never hold
 * `--`, so no name can take another's suffixed slug, and two suffixes that
 * happen to agree are lengthened for the later name. As archives grow forward
 * in time, adding articles does not change the slug of a name already in use.
 * A `reserved` slug (a path the site uses itself) is never given out plain.
 */
export function assignSlugs(uses: Iterable<NameUse>, { reserved = [] }: { reserved?: readonly string[] } = {}): Map<string, string> {
  const groups = new Map<string, NameUse[]>();
  for (const use of uses) {
    const base = slugify(use.name);
    const group = groups.get(base);
    if (group) group.push(use);
    else groups.set(base, [use]);
  }
  const byFirstUse = (a: NameUse, b: NameUse) => a.firstUsed - b.firstUsed || compareText(a.name, b.name);
  const slugs = new Map<string, string>();
  const suffixed: { use: NameUse; base: string }[] = [];
  for (const [base, group] of groups) {
    group.sort(byFirstUse);
    group.forEach((use, index) => {
      if (index === 0 && !reserved.includes(base)) slugs.set(use.name, base);
      else suffixed.push({ use, base });
    });
  }
  suffixed.sort((a, b) => byFirstUse(a.use, b.use));
  const taken = new Set(slugs.values());
  for (const { use, base } of suffixed) {
    const hash = hashOf(use.name);
    let length = 6;
    while (taken.has(`${base}--${hash.slice(0, length)}`) && length < hash.length) length += 2;
    const slug = `${base}--${hash.slice(0, length)}`;
    taken.add(slug);
    slugs.set(use.name, slug);
  }
  return slugs;
}

function hashOf(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
