import { randomBytes } from "node:crypto";
import path from "node:path";
import { placeFiles, removeTree } from "../publishing/site-files.ts";
import { wholeSiteOutputs } from "../publishing/whole-site.ts";
import { readShardManifest, type ShardManifest } from "./shards.ts";
import { swapInto } from "./site-store.ts";
import { projectRoot } from "../runtime.ts";

/** Shards that cannot be merged, and why, in words for the person running the merge. */
export class MergeError extends Error {
  override name = "MergeError";
}

/**
 * Combine the folders of shards 1…N of one build into the finished site in
 * `outputDir`: every shard's files, plus the files of the whole site (assets, icons).
 * The shards must come from the same content, settings and version, all of
 * them present once; otherwise nothing is written. The site is assembled next
 * to `outputDir` and swapped in whole.
 */
export async function mergeShards(folders: readonly string[], outputDir: string): Promise<{ shards: number; files: number }> {
  const shards: { folder: string; manifest: ShardManifest }[] = [];
  for (const folder of folders) {
    const manifest = await readShardManifest(folder);
    if (typeof manifest === "string") throw new MergeError(manifest);
    shards.push({ folder, manifest });
  }
  const first = checkShards(shards);
  const whole = wholeSiteOutputs(first.site, path.join(projectRoot, "templates"));
  const expected = first.wholeSite;
  if (whole.length !== Object.keys(expected).length || whole.some((output) => expected[output.id] !== output.fingerprint)) {
    throw new MergeError("The shards were built with other templates than this project's: merge them with the same version of backfile that built them.");
  }

  const output = path.resolve(outputDir);
  const copy = `${output}.partial-${randomBytes(4).toString("hex")}`;
  let files = 0;
  try {
    for (const { folder, manifest } of shards) {
      const shardFiles = Object.values(manifest.outputs).flatMap((item) => item.files);
      placeFiles(path.resolve(folder), copy, shardFiles);
      files += shardFiles.length;
    }
    for (const item of whole) await item.write(copy);
    await swapInto(copy, output);
  } catch (error) {
    await removeTree(copy);
    throw error;
  }
  return { shards: shards.length, files: files + whole.reduce((sum, item) => sum + item.files.length, 0) };
}

/** Every shard of one build, each once, with nothing claimed twice; returns the first shard's manifest. */
function checkShards(shards: readonly { folder: string; manifest: ShardManifest }[]): ShardManifest {
  const [first] = shards;
  if (!first) throw new MergeError("Name the shard folders to merge.");
  const { count } = first.manifest.share;
  const byIndex = new Map<number, string>();
  for (const { folder, manifest } of shards) {
    if (manifest.plan !== first.manifest.plan || manifest.share.count !== count) {
      throw new MergeError(
        `\`${folder}\` and \`${first.folder}\` come from different builds (other content, settings or version of backfile). Build every shard from the same commit with the same options.`,
      );
    }
    const other = byIndex.get(manifest.share.index);
    if (other !== undefined) throw new MergeError(`\`${folder}\` and \`${other}\` are both shard ${manifest.share.index}/${count}.`);
    byIndex.set(manifest.share.index, folder);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) throw new MergeError(`Shard${missing.length === 1 ? "" : "s"} ${missing.map((index) => `${index}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing.`);
  const claimed = new Map<string, string>();
  for (const { folder, manifest } of shards) {
    for (const id of Object.keys(manifest.outputs)) {
      const other = claimed.get(id);
      if (other !== undefined) throw new MergeError(`\`${folder}\` and \`${other}\` both hold \`${id}\`.`);
      claimed.set(id, folder);
    }
  }
  if (claimed.size !== first.manifest.planned) {
    throw new MergeError(`The shards hold ${claimed.size} of the ${first.manifest.planned} planned pages, search bundles and pictures; build the shards again.`);
  }
  return first.manifest;
}
