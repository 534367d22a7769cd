import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../helpers/project.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  jobs: Record<string, { needs?: string | string[]; steps: Step[]; strategy?: { matrix: Record<string, unknown[]> } }>;
}

const workflows = ["deploy.yml", "deploy-sharded.yml"];
const read = (name: string) => readFile(path.join(projectRoot, ".github/workflows", name), "utf8");

describe("the GitHub Actions workflows", () => {
  it.each(workflows)("%s passes the workflow schema", async (name) => {
    expect(validateWorkflow(await read(name)).errors).toEqual([]);
  });

  it.each(workflows)("%s runs only commands and options the project has", async (name) => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const source = await read(name);
    for (const [, script] of source.matchAll(/npm run (\w+)/g)) expect(Object.keys(manifest.scripts)).toContain(script);
    const build = await readFile(path.join(projectRoot, "src/cli/build.ts"), "utf8");
    // Every option a build step passes is one the build's usage text lists.
    for (const [, option] of source.matchAll(/(?:^\s+|npm run build -- )--([a-z-]+)/gm)) expect(build).toContain(`  --${option} `);
  });

  it("publishes the archive from one job, keeping the build cache between runs", async () => {
    const workflow = parse(await read("deploy.yml")) as Workflow;
    const steps = workflow.jobs["build"]?.steps ?? [];
    const runs = steps.map((step) => step.run).filter((run): run is string => run !== undefined);
    expect(runs[0]).toBe("npm ci");
    expect(runs).toContain("npm run validate -- --format github");
    expect(runs.some((run) => run.startsWith("npm run build -- --base-url") && run.includes("--path-prefix"))).toBe(true);
    const cache = steps.find((step) => step.uses?.startsWith("actions/cache@"));
    expect(cache?.with?.["path"]).toBe(".cache/backfile");
    expect(String(cache?.with?.["key"])).toContain("hashFiles('package-lock.json', 'src/**', 'templates/**')");
    expect(steps.at(-1)?.uses).toMatch(/^actions\/upload-pages-artifact@/);
    expect(steps.at(-1)?.with?.["path"]).toBe("_site");
    expect(workflow.jobs["deploy"]?.needs).toBe("build");
  });

  it("builds shards in a job matrix, with one reference time and a cache each, then merges and publishes", async () => {
    const source = await read("deploy-sharded.yml");
    const workflow = parse(source) as Workflow & { env: { SHARDS: number } };
    const matrix = workflow.jobs["shard"]?.strategy?.matrix["shard"] ?? [];
    expect(matrix).toEqual(Array.from({ length: workflow.env.SHARDS }, (_, index) => index + 1));
    const shardSteps = workflow.jobs["shard"]?.steps ?? [];
    const build = shardSteps.find((step) => step.run?.startsWith("npm run build --"))?.run ?? "";
    expect(build).toContain("--shard ${{ matrix.shard }}/${{ env.SHARDS }}");
    expect(build).toContain('--now "${{ needs.settings.outputs.now }}"');
    expect(String(shardSteps.find((step) => step.uses?.startsWith("actions/cache@"))?.with?.["key"])).toContain("${{ matrix.shard }}");
    expect(shardSteps.at(-1)?.uses).toMatch(/^actions\/upload-artifact@/);
    const merge = workflow.jobs["merge"]?.steps ?? [];
    expect(merge.some((step) => step.run === "npm run build -- --merge shards/shard-* --output _site")).toBe(true);
    expect(workflow.jobs["merge"]?.needs).toBe("shard");
    expect(workflow.jobs["deploy"]?.needs).toBe("merge");
  });
});
