import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { projectRoot } from "../helpers/project.ts";

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe("the GitHub Pages workflow", () => {
  it("installs, validates, keeps the cache between runs, builds and publishes", async () => {
    const workflow = parse(await readFile(path.join(projectRoot, ".github/workflows/deploy.yml"), "utf8")) as {
      jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
    };
    const steps = workflow.jobs.build.steps;
    const runs = steps.map((step) => step.run).filter((run): run is string => run !== undefined);
    expect(runs[0]).toBe("npm ci");
    expect(runs).toContain("npm run validate -- --format github");
    expect(runs.some((run) => run.startsWith("npm run build -- --base-url") && run.includes("--path-prefix"))).toBe(true);
    const cache = steps.find((step) => step.uses?.startsWith("actions/cache@"));
    expect(cache?.with?.["path"]).toBe(".cache/backfile");
    expect(steps.at(-1)?.uses).toMatch(/^actions\/upload-pages-artifact@/);
    expect(steps.at(-1)?.with?.["path"]).toBe("_site");
    expect(workflow.jobs.deploy.needs).toBe("build");
    expect(workflow.jobs.deploy.steps[0]?.uses).toMatch(/^actions\/deploy-pages@/);
  });

  it("runs only commands and options the project has", async () => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    const source = await readFile(path.join(projectRoot, ".github/workflows/deploy.yml"), "utf8");
    for (const [, script] of source.matchAll(/npm run (\w+)/g)) expect(Object.keys(manifest.scripts)).toContain(script);
    const build = await readFile(path.join(projectRoot, "src/cli/build.ts"), "utf8");
    for (const option of ["--base-url", "--path-prefix"]) expect(build).toContain(`"${option.slice(2)}"`);
  });
});
