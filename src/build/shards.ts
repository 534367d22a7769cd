import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../config/site-schema.ts";
import type { Outputs } from "./site-store.ts";

/** Which part of the planned outputs a build makes: shard `index` of `count` (1-based). */
export interface Share {
  index: number;
  count: number;
}

/** The whole site, in one build. */
export const wholeSite: Share = { index: 1, count: 1 };

/** `3/8` → shard 3 of 8; undefined when malformed. */
export function parseShare(text: string): Share | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return Number.isSafeInteger(count) && count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

/**
 * Whether the output `id` (a page URL, `search:2015`, `media:3f2a1b9c0d4e`) belongs to `share`. The
 * split is by a stable hash of the id: every shard gets its part of every kind
 * of page, so shards take about as long as each other, and an output stays in
 * its shard however the archive grows.
 */
export function inShare(id: string, { index, count }: Share): boolean {
  if (count === 1) return true;
  return createHash("sha1").update(id).digest().readUInt32BE(0) % count === index - 1;
}

/** The file in a shard's folder that says what the shard holds. */
export const shardManifestName = "backfile-shard.json";

/** What a shard's folder holds, and what it was built from. */
export interface ShardManifest {
  version: 1;
  share: Share;
  /** Hash of the whole plan (every output's fingerprint) under the build's settings and code: equal for shards of one build. */
  plan: string;
  /** How many pages, search bundles and pictures the whole plan has, across every shard. */
  planned: number;
  /** The settings the shards were built with: the merge makes the whole-site files (assets, icons) under them. */
  site: SiteConfig;
  /** The fingerprint of each whole-site file the pages link to: the merge's must be the same. */
  wholeSite: Record<string, string>;
  /** This shard's outputs. */
  outputs: Outputs;
}

/** A hash of every planned output's id and fingerprint, and of the site's key. */
export function planHash(key: string, fingerprints: Iterable<[string, string]>): string {
  const hash = createHash("sha256").update(key);
  for (const [id, fingerprint] of [...fingerprints].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update("\0").update(id).update("\0").update(fingerprint);
  return hash.digest("hex");
}

export async function writeShardManifest(folder: string, manifest: ShardManifest): Promise<void> {
  await writeFile(path.join(folder, shardManifestName), `${JSON.stringify(manifest)}\n`);
}

/** A shard's manifest, or why the folder is not a shard. */
export async function readShardManifest(folder: string): Promise<ShardManifest | string> {
  let text: string;
  try {
    text = await readFile(path.join(folder, shardManifestName), "utf8");
  } catch {
    return `\`${folder}\` is not a shard: it has no ${shardManifestName}. Build it with \`npm run build -- --shard I/N --output ${folder}\`.`;
  }
  try {
    const manifest = JSON.parse(text) as ShardManifest;
    if (manifest.version === 1 && typeof manifest.plan === "string" && typeof manifest.outputs === "object" && typeof manifest.wholeSite === "object") return manifest;
  } catch {
    // Reported below.
  }
  return `\`${path.join(folder, shardManifestName)}\` is damaged; build the shard again.`;
}
