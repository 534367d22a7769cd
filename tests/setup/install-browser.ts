// Runs before `npm test` (package.json "pretest"): the browser tests drive
// Debian's Chromium, which is not on a fresh machine. Installs it when missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumPath } from "./browser.ts";

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return result.status === 0;
}

if (existsSync(chromiumPath)) process.exit(0);

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
const apt = (args: string[]) => (asRoot ? run("apt-get", args) : run("sudo", ["-n", "apt-get", ...args]));
process.stdout.write(`Chromium is not installed at ${chromiumPath}; installing Debian's chromium package for the browser tests…\n`);
if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "--no-install-recommends", "chromium"]) && existsSync(chromiumPath)) process.exit(0);

process.stderr.write(
  `Could not install Chromium. The browser tests need it: install Debian's chromium package (apt-get install chromium), or set CHROMIUM_PATH to a Chromium binary.\n`,
);
process.exit(1);
