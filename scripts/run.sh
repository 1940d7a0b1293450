#!/usr/bin/env bash
# Runs the CoachingDocs service on http://localhost:7071 (landing page at /, OpenAPI at /openapi/v1.json).
# Installs what it needs first (idempotent). Extra arguments go to the service, e.g. --urls http://localhost:5000.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$ROOT/scripts/install-prerequisites.sh"
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The service serves the add-in's built files when the add-in exists.
if [ -f "$ROOT/addin/package.json" ] && node -e 'process.exit(require(process.argv[1]).scripts?.build ? 0 : 1)' "$ROOT/addin/package.json"; then
  (cd "$ROOT/addin" && npm run --silent build)
fi

exec dotnet run --project "$ROOT/functions/CoachingDocs.Api" -- "$@"
