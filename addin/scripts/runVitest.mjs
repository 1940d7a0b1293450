// Runs one vitest suite (unit or e2e) with a JSON report in test-results/, then prints one closing line that any CI
// can count ("unit: 80 passed, 0 failed, 0 skipped") and exits with vitest's own exit code.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const suite = process.argv[2];
const configs = { unit: "vitest.config.ts", e2e: "vitest.e2e.config.ts" };
if (!configs[suite]) {
  console.error("usage: node scripts/runVitest.mjs unit|e2e [vitest args]");
  process.exit(2);
}
const addin = join(dirname(fileURLToPath(import.meta.url)), "..");
const report = join(addin, "test-results", `${suite}.json`);
rmSync(report, { force: true });
const vitest = join(addin, "node_modules", "vitest", "vitest.mjs");
const result = spawnSync(
  process.execPath,
  [vitest, "run", "--config", configs[suite], "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(3)],
  { cwd: addin, stdio: "inherit" },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${suite}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
} else {
  console.log(`${suite}: 0 passed, 1 failed, 0 skipped`);
}
process.exit(result.status ?? 1);
