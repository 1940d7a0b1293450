#!/usr/bin/env bash
# publish.sh [OUT]  (default: artifacts/functions-app)
# The whole deployable Azure Functions folder: scripts/publish-functions.sh builds the self-contained linux-x64
# handler with the catalogue and templates, host.json (custom handler, extension bundle) and the HTTP function
# folders derived from the route table; this script adds what the cohort fan-out needs: the queue-triggered CohortWork
# function and the queue settings in host.json. See docs/deploy-azure.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/artifacts/functions-app}"

bash "$root/scripts/publish-functions.sh" "$out"

# The queue-triggered function of the cohort fan-out (binding "queueItem" on queue "cohort-work"; a test checks it
# agrees with the handler). The HTTP definitions writer leaves non-HTTP functions alone.
mkdir -p "$out/CohortWork"
cp "$root/functions/CoachingDocs.Api/Jobs/CohortWork.function.json" "$out/CohortWork/function.json"

node - "$out/host.json" <<'JS'
const fs = require("fs");
const [file] = process.argv.slice(2);
const host = JSON.parse(fs.readFileSync(file, "utf8"));
// The queue trigger comes from the extension bundle; make sure it is there even if host.json changes.
host.extensionBundle ??= { id: "Microsoft.Azure.Functions.ExtensionBundle", version: "[4.*, 5.0.0)" };
host.extensions ??= {};
// Each message is a slice of learners; a failing slice is retried, then moved to cohort-work-poison.
host.extensions.queues ??= { batchSize: 4, maxDequeueCount: 5, visibilityTimeout: "00:00:30" };
fs.writeFileSync(file, JSON.stringify(host, null, 2) + "\n");
JS

count=$(find "$out" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
echo "publish: $out holds $count functions (HTTP and CohortWork)"
