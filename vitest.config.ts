import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Two files at a time even on two cores: most tests wait on builds and browsers in other processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ["tests/setup/build-sample-site.ts"],
    // Integration tests build whole sites in child processes.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
