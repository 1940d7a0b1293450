#!/usr/bin/env bash
# Produces the deployable Azure Functions folder (custom handler): a self-contained linux-x64 build of the Api,
# host.json (with the custom handler and extension bundle settings), one folder per function, and the templates.
# Usage: scripts/publish.sh [OUT]   (default: artifacts/functionapp). Deploy OUT as a zip: see docs/deploy-azure.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/functionapp}"
api="$root/functions/CoachingDocs.Api"
executable="CoachingDocs.Api"

rm -rf "$out"
mkdir -p "$out"

echo "publish: building the self-contained linux-x64 handler"
dotnet publish "$api/CoachingDocs.Api.csproj" -c Release -r linux-x64 --self-contained true \
  -p:PublishSingleFile=false -p:DebugType=none -o "$out" --nologo -v quiet

# The catalogue and templates are data the service loads at start.
if [ -d "$root/templates" ]; then
  cp -r "$root/templates" "$out/templates"
fi

echo "publish: host.json"
# Start from the repository's host.json and make sure the settings a custom handler needs are there.
node - "$root/host.json" "$out/host.json" "$executable" <<'JS'
const fs = require("fs");
const [source, target, executable] = process.argv.slice(2);
const host = fs.existsSync(source) ? JSON.parse(fs.readFileSync(source, "utf8")) : {};
host.version ??= "2.0";
host.extensionBundle ??= { id: "Microsoft.Azure.Functions.ExtensionBundle", version: "[4.*, 5.0.0)" };
host.customHandler ??= {};
host.customHandler.description ??= {};
host.customHandler.description.defaultExecutablePath = executable;
host.customHandler.description.workingDirectory ??= "";
host.extensions ??= {};
// Each cohort work message generates a slice of learners; a failing slice is retried, then moved to the poison queue.
host.extensions.queues ??= { batchSize: 4, maxDequeueCount: 5, visibilityTimeout: "00:00:30" };
fs.writeFileSync(target, JSON.stringify(host, null, 2) + "\n");
JS

echo "publish: function folders"
# HTTP functions are derived from the app's route table by the Api (see docs/deploy-azure.md); the generated folders
# live in functions/CoachingDocs.Api/Functions when the Api provides them.
if [ -d "$api/Functions" ]; then
  for folder in "$api/Functions"/*/; do
    [ -f "$folder/function.json" ] || continue
    mkdir -p "$out/$(basename "$folder")"
    cp "$folder/function.json" "$out/$(basename "$folder")/function.json"
  done
fi
# The queue-triggered function of the cohort fan-out.
mkdir -p "$out/CohortWork"
cp "$api/Jobs/CohortWork.function.json" "$out/CohortWork/function.json"

chmod +x "$out/$executable"
count=$(find "$out" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
echo "publish: wrote $out ($count functions)"
