import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot, runCli } from "../helpers/project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The sample archive (content/) built once for the whole run. */
    sampleSite: string;
  }
}

/** The sample site's reference time: the day after its newest story, which the Google News sitemap then lists. */
export const sampleNow = "2025-06-25T12:00:00+03:00";

/** Build content/ once, into a temporary folder, for every test that reads the sample site. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workspace = await mkdtemp(path.join(tmpdir(), "backfile-sample-"));
  const site = path.join(workspace, "site");
  const result = await runCli("build", [
    "--content", path.join(projectRoot, "content"),
    "--output", site,
    "--cache-dir", path.join(workspace, "cache"),
    "--now", sampleNow,
    "--quiet",
  ]);
  if (result.code !== 0) throw new Error(`The sample site did not build:\n${result.stderr}`);
  project.provide("sampleSite", site);
  return () => rm(workspace, { recursive: true, force: true });
}
