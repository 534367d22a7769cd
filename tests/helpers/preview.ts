import { spawn } from "node:child_process";
import { projectRoot } from "./project.ts";

/** Poll until `check` gives a value (a failure counts as none) or ten seconds are up. */
export async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A running preview (`npm start`): where it serves, everything it has printed, and a way to stop it. */
export interface RunningPreview {
  origin: string;
  /** Standard output and error so far. */
  output: () => string;
  stop: () => void;
}

/** Start the preview server on `content`, writing into `output`, on a random port; resolves once it serves. */
export async function startPreview(content: string, output: string): Promise<RunningPreview> {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/preview.ts", "--content", content, "--port", port, "--output", output], {
    cwd: projectRoot,
    env: { ...process.env, NO_COLOR: "1", INIT_CWD: projectRoot },
    detached: true,
  });
  let printed = "";
  child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (printed += chunk.toString()));
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  try {
    const origin = await eventually(async () => /Server at (http:\/\/localhost:\d+)\//.exec(printed)?.[1]);
    return { origin, output: () => printed, stop };
  } catch (error) {
    stop();
    throw new Error(`The preview did not start:\n${printed}`, { cause: error });
  }
}
