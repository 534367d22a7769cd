import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import chokidar from "chokidar";

export interface SuperviseOptions {
  /** The command to keep running: a Node script and its arguments. */
  script: string;
  args: readonly string[];
  nodeFlags: readonly string[];
  /** Files and folders whose TypeScript changes restart it. */
  watch: readonly string[];
  log: (line: string) => void;
  /**
   * Called when the script ends by itself with 0 (its work done, as with `--help`)
   * or 2 (a usage error): nothing a code change would fix, so the watching stops too.
   */
  onEnd: (code: number) => void;
}

/**
 * Keep a Node script running, and start it afresh when a TypeScript file it is
 * made of changes: ES modules cannot be reloaded in place. A script that fails
 * waits for the next change to its code. Returns a function that stops both the
 * watcher and the script.
 */
export function supervise({ script, args, nodeFlags, watch, log, onEnd }: SuperviseOptions): () => Promise<void> {
  let child: ChildProcess | undefined;
  let restarting = false;
  const start = () => {
    const started = spawn(process.execPath, [...nodeFlags, script, ...args], { stdio: "inherit" });
    started.on("exit", (code, signal) => {
      if (child !== started || restarting || signal !== null || code === null) return;
      if (code === 0 || code === 2) void watcher.close().then(() => onEnd(code));
      else log("The preview stopped; it starts again when you save a change to its code.");
    });
    child = started;
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
  };
  const watcher = chokidar
    .watch([...watch], { ignoreInitial: true, ignored: (file: string) => file.includes("node_modules") })
    .on("all", (_event, file) => {
      if (!/\.(ts|mjs)$/.test(file) || restarting) return;
      restarting = true;
      log(`${path.relative(process.cwd(), file)} changed: restarting…`);
      void stop().then(() => {
        restarting = false;
        start();
      });
    });
  start();
  return async () => {
    await watcher.close();
    await stop();
  };
}
