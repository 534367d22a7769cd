import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/build-sample-site.ts"],
    // Integration tests build whole sites in child processes.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
