import path from "node:path";
import { supervise } from "./supervise.ts";
import { projectRoot } from "../runtime.ts";

// `npm start`: the preview server, started afresh whenever backfile's own code
// changes. Content and template edits are handled by the server itself.
const stop = supervise({
  // Through the launcher, which compiles the changed code before it starts the server.
  script: path.join(projectRoot, "src/cli/launch.mjs"),
  args: ["preview-server", ...process.argv.slice(2)],
  nodeFlags: ["--max-semi-space-size=64"],
  watch: [path.join(projectRoot, "src"), path.join(projectRoot, ".eleventy.ts")],
  log: (line) => process.stdout.write(`${line}\n`),
  onEnd: (code) => process.exit(code),
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stop().then(() => process.exit(0));
  });
}
