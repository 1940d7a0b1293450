import { defineConfig } from "vitest/config";

// End-to-end: starts the Api and a real headless Chromium; one file at a time, generous timeouts (2 shared cores).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
