#!/usr/bin/env bash
# publish-functions.sh [OUT]
# Builds the deployable Azure Functions app (default artifacts/functions-app): the service as a self-contained
# linux-x64 custom handler, host.json, and one function folder per route, derived from the app's own route table.
# Deploy the folder with `func azure functionapp publish NAME` or zip deploy; see docs/hosting.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="${1:-$ROOT/artifacts/functions-app}"
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

rm -rf "$OUT"
dotnet publish "$ROOT/functions/CoachingDocs.Api" -c Release -r linux-x64 --self-contained true -o "$OUT" -p:UseAppHost=true
cp "$ROOT/host.json" "$OUT/host.json"
# The handler writes the definitions for exactly the routes it serves, then exits without listening.
"$OUT/CoachingDocs.Api" --write-function-definitions "$OUT"
echo "Function app ready in $OUT"
