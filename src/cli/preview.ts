import path from "node:path";
import { projectRoot } from "../eleventy/run-options.ts";
import { supervise } from "./supervise.ts";

// `npm start`: the preview server, started afresh whenever backfile's own code
// changes. Content and template edits are handled by the server itself.
const stop = supervise({
  script: path.join(projectRoot, "src/cli/preview-server.ts"),
  args: process.argv.slice(2),
  nodeFlags: ["--max-semi-space-size=64", "--import", "tsx"],
  watch: [path.join(projectRoot, "src"), path.join(projectRoot, ".eleventy.ts")],
  log: (line) => process.stdout.write(`${line}\n`),
  onEnd: (code) => process.exit(code),
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void stop().then(() => process.exit(0));
  });
}
