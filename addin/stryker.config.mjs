// StrykerJS configuration: run by hand with `scripts/mutation.sh addin` (never in CI; see docs/testing.md).
// Mutates the coverage, scanner and duration code and runs the unit suite only (no browser, no service).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.config.ts" },
  mutate: ["src/coverage/**/*.ts", "src/word/scanner.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  // Stryker rewrites tsconfig.json's "extends"/"references" with TypeScript's JS API, which TypeScript 7 (the native
  // compiler this project uses) no longer has. Ours has neither, so point the rewrite at a file that does not exist.
  tsconfigFile: "no-tsconfig-rewrite.json",
  // .stryker-tmp/tests links to ../tests (scripts/mutation.sh); old sandboxes are left for the next run to replace.
  cleanTempDir: false,
  reporters: ["progress", "clear-text", "html", "json"],
  htmlReporter: { fileName: "../artifacts/mutation/addin/mutation.html" },
  jsonReporter: { fileName: "../artifacts/mutation/addin/mutation.json" },
  thresholds: { high: 80, low: 60, break: null },
};
