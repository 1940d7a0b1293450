#!/usr/bin/env bash
# Runs every test: each .NET test project (results as TRX) and, when addin/ exists, the add-in's vitest suite (JSON).
# Installs what it needs first (idempotent). Ends with one line: "N passed, N failed, N skipped"; exits non-zero if any test failed
# or a suite could not run. Results are kept in artifacts/test-results/.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="${RESULTS_DIR:-$ROOT/artifacts/test-results}"
cd "$ROOT"
# An installer failure fails the run (the script exits non-zero only under CI=true): it counts as a broken suite.
prerequisites_broken=0
"$ROOT/scripts/install-prerequisites.sh" || prerequisites_broken=1
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
broken=$prerequisites_broken   # suites that produced no results at all (build failure, crash): each counts as one failure

shopt -s nullglob
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" ${DOTNET_TEST_ARGS:-}
  if [ ! -f "$RESULTS/$name.trx" ]; then
    echo "!! $name produced no results (did it build?)" >&2
    broken=$((broken + 1))
  fi
done

has_script() { node -e 'process.exit(require(process.argv[1]).scripts?.[process.argv[2]] ? 0 : 1)' "$ROOT/addin/package.json" "$1"; }

if [ -f addin/package.json ]; then
  # The add-in's own scripts run its suites (unit, then end-to-end in headless Chromium against the real service) and
  # leave a vitest JSON report per suite in addin/test-results/; without them, vitest runs directly.
  if has_script build; then
    echo "== addin (build)"
    (cd addin && npm run --silent build) || { echo "!! addin build failed" >&2; broken=$((broken + 1)); }
  fi
  ran_suite=0
  for suite in unit e2e; do
    has_script "test:$suite" || continue
    ran_suite=1
    echo "== addin ($suite)"
    rm -f "addin/test-results/$suite.json"
    (cd addin && npm run --silent "test:$suite")
    if [ -f "addin/test-results/$suite.json" ]; then
      cp "addin/test-results/$suite.json" "$RESULTS/addin-$suite-vitest.json"
    else
      echo "!! addin $suite suite produced no results" >&2
      broken=$((broken + 1))
    fi
  done
  if [ "$ran_suite" = 0 ]; then
    echo "== addin (vitest)"
    (cd addin && npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$RESULTS/addin-vitest.json")
    [ -f "$RESULTS/addin-vitest.json" ] || { echo "!! addin produced no results" >&2; broken=$((broken + 1)); }
  fi
fi

exec "$ROOT/scripts/summarise-tests.sh" "$RESULTS" "$broken"
