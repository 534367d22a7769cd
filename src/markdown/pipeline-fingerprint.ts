import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ProcessorOptions } from "./create-processor.ts";

/** Libraries whose output ends up in the rendered HTML. */
const renderingPackages = [
  "unified",
  "remark-parse",
  "remark-html",
  "remark-gfm",
  "mdast-util-from-markdown",
  "mdast-util-to-hast",
  "hast-util-sanitize",
  "hast-util-to-html",
  "micromark",
];

/**
 * A hash of everything that shapes rendered HTML besides the article itself:
 * this folder's source, the versions of the rendering libraries, and the
 * processor options. Change any of them and every cached render is stale.
 */
export function pipelineFingerprint(options: ProcessorOptions): string {
  const hash = createHash("sha256");
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((file) => file.endsWith(".ts")).sort()) {
    hash.update(name).update("\0").update(readFileSync(path.join(here, name))).update("\0");
  }
  for (const name of renderingPackages) hash.update(`${name}@${installedVersion(name)}\0`);
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
