import { defineConfig } from "vitest/config";

// Unit tests: no service, no browser; the Word host is office-addin-mock or the stand-in in test/fakes.
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
  },
});
