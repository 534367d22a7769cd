import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface FingerprintParts {
  /** Source files or folders (every `.ts` file directly inside) whose code shapes the cached value. */
  sources: readonly string[];
  /** Installed packages whose versions shape it. */
  packages: readonly string[];
  /** Settings that shape it. */
  options: unknown;
}

/**
 * A hash of everything besides the input itself that a cached value depends
 * on: our own code, library versions and settings. Change any of them and
 * every entry made under the old fingerprint is stale.
 */
export function fingerprint({ sources, packages, options }: FingerprintParts): string {
  const hash = createHash("sha256");
  for (const source of sources) {
    const files = source.endsWith(".ts")
      ? [source]
      : readdirSync(source)
          .filter((name) => name.endsWith(".ts"))
          .sort()
          .map((name) => path.join(source, name));
    for (const file of files) hash.update(path.basename(file)).update("\0").update(readFileSync(file)).update("\0");
  }
  for (const name of packages) hash.update(`${name}@${installedVersion(name)}\0`);
  hash.update(JSON.stringify(options));
  return hash.digest("hex");
}

/** Version of an installed package, found by walking up from its entry point. */
function installedVersion(name: string): string {
  let directory: string;
  try {
    directory = path.dirname(fileURLToPath(import.meta.resolve(name)));
  } catch {
    return "missing";
  }
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, "package.json"), "utf8")) as { name?: string; version?: string };
      if (manifest.name === name) return manifest.version ?? "unknown";
    } catch {
      // No manifest here; keep walking up.
    }
    const parent = path.dirname(directory);
    if (parent === directory) return "unknown";
    directory = parent;
  }
}
