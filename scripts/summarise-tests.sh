#!/usr/bin/env bash
# summarise-tests.sh RESULTS_DIR [BROKEN_SUITES]
# Sums the TRX files (.NET) and vitest JSON reports in RESULTS_DIR and prints exactly one line,
# "N passed, N failed, N skipped". Failed counts failed, errored, timed-out and aborted tests, plus one per broken suite;
# skipped counts tests that did not run (xUnit Skip, vitest skip/todo), so a skip never vanishes from the summary.
# Exits 1 when anything failed.
set -uo pipefail
dir="$1"
broken="${2:-0}"
passed=0
failed=$broken
skipped=0

attribute() { # attribute NAME TEXT -> the value of NAME="..." in TEXT, or 0
  local value
  value=$(printf '%s' "$2" | grep -o " $1=\"[0-9]*\"" | head -n1 | grep -o '[0-9]\+')
  echo "${value:-0}"
}

shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  if [ -z "$counters" ]; then failed=$((failed + 1)); continue; fi
  passed=$((passed + $(attribute passed "$counters")))
  failed=$((failed + $(attribute failed "$counters") + $(attribute error "$counters") + $(attribute timeout "$counters") + $(attribute aborted "$counters")))
  skipped=$((skipped + $(attribute notExecuted "$counters")))
done

for report in "$dir"/*vitest*.json; do
  counts=$(node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`${r.numPassedTests ?? 0} ${(r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0)} ${(r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)}`)' "$report" 2>/dev/null) \
    || { failed=$((failed + 1)); continue; }
  read -r p f s <<<"$counts"
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
