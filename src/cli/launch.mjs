// Runs a backfile command (`node src/cli/launch.mjs build --output _site`) from
// compiled JavaScript: the TypeScript of src/ is bundled with esbuild once per
// version of the code, into .cache/backfile/code/<hash>/, and reused after.
// Starting from the bundle takes a fraction of a second; loading every module
// through a TypeScript loader took two, which a build with nothing to do
// cannot afford.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");
/** Modules that run as programs: the commands, the render job, the render worker, Eleventy's config. */
const programs = () => [
  ...readdirSync(path.join(root, "src/cli"))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `src/cli/${name}`),
  "src/eleventy/render-job.ts",
  "src/markdown/render-worker.ts",
  ".eleventy.ts",
];
/** Compiled versions kept: enough for a few checkouts side by side. */
const kept = 4;

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("Usage: node src/cli/launch.mjs <command> [options]\n");
  process.exit(2);
}
const code = await compiled();
process.env.BACKFILE_CODE = code;
const program = path.join(code, "src/cli", `${command}.mjs`);
process.argv = [process.argv[0], program, ...args];
await import(pathToFileURL(program).href);

/** The folder of the compiled code for the sources as they are now, compiled first if need be. */
async function compiled() {
  const sources = [".eleventy.ts", ...filesBelow("src")];
  const hash = createHash("sha256");
  for (const file of sources) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  const folders = path.join(root, ".cache/backfile/code");
  const target = path.join(folders, hash.digest("hex").slice(0, 16));
  if (exists(target)) return target;

  const { build } = await import("esbuild");
  const staging = `${target}.${process.pid}.tmp`;
  await build({
    entryPoints: programs().map((file) => path.join(root, file)),
    outbase: root,
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
  try {
    renameSync(staging, target);
  } catch {
    // Another command compiled the same code at the same moment: use theirs.
    rmSync(staging, { recursive: true, force: true });
  }
  prune(folders);
  return target;
}

/** Every `.ts` and `.mjs` file below a project folder, in a stable order. */
function filesBelow(folder) {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Keep the most recently compiled versions only. */
function prune(folders) {
  const versions = readdirSync(folders)
    .filter((name) => /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, time: statSync(path.join(folders, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of versions.slice(kept)) rmSync(path.join(folders, name), { recursive: true, force: true });
}

function exists(folder) {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
