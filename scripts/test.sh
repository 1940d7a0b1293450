#!/usr/bin/env bash
# Runs every test: each .NET test project (results as TRX) and, when addin/ exists, the add-in's vitest suite (JSON).
# Installs what it needs first (idempotent). Ends with one line: "N passed, N failed"; exits non-zero if any test failed
# or a suite could not run. Results are kept in artifacts/test-results/.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS="${RESULTS_DIR:-$ROOT/artifacts/test-results}"
cd "$ROOT"
"$ROOT/scripts/install-prerequisites.sh"
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
broken=0   # suites that produced no results at all (build failure, crash): each counts as one failure

for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" ${DOTNET_TEST_ARGS:-}
  if [ ! -f "$RESULTS/$name.trx" ]; then
    echo "!! $name produced no results (did it build?)" >&2
    broken=$((broken + 1))
  fi
done

if [ -f addin/package.json ]; then
  echo "== addin (vitest)"
  (cd addin && npx --no-install vitest run --reporter=default --reporter=json --outputFile="$RESULTS/addin-vitest.json")
  if [ ! -f "$RESULTS/addin-vitest.json" ]; then
    echo "!! addin produced no results" >&2
    broken=$((broken + 1))
  fi
fi

exec "$ROOT/scripts/summarise-tests.sh" "$RESULTS" "$broken"
