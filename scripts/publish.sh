#!/usr/bin/env bash
# publish.sh [ZIP]  (default: artifacts/functions-app.zip)
# Makes the zip to deploy to Azure Functions (docs/deploy-azure.md): the isolated-worker app (functions/CoachingDocs.Functions)
# published for linux-x64, ReadyToRun (precompiled, for a faster cold start), with host.json, functions.metadata,
# extensions.json and .azurefunctions/ written by the Worker SDK, the catalogue and templates, the admin page, the OpenAPI
# document, and the Word add-in's built files under addin/dist (served by the AddinFiles function). The add-in is built with
# the origin of the Function App when ADDIN_ORIGIN is set (e.g. https://NAME.azurewebsites.net), so its manifest points there.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
zip="${1:-$root/artifacts/functions-app.zip}"
folder="${PUBLISH_FOLDER:-$root/artifacts/functions-app}"
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -f "$root/addin/package.json" ] && [ "${SKIP_ADDIN:-0}" != 1 ]; then
  [ -d "$root/addin/node_modules" ] || (cd "$root/addin" && npm ci --no-audit --no-fund >/dev/null)
  (cd "$root/addin" && npm run --silent build)
fi

rm -rf "$folder"
# The Worker SDK's generated inner project does not read Directory.Build.props, hence NU1603 named here too.
dotnet publish "$root/functions/CoachingDocs.Functions" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun="${READY_TO_RUN:-true}" -p:WarningsNotAsErrors=NU1603 -o "$folder" -v quiet -nologo

if [ -d "$root/addin/dist" ]; then
  mkdir -p "$folder/addin"
  cp -r "$root/addin/dist" "$folder/addin/dist"
fi

mkdir -p "$(dirname "$zip")"
rm -f "$zip"
# Zip deploy wants the folder's content at the zip's root, hidden .azurefunctions/ included.
python3 - "$folder" "$zip" <<'PY'
import os, sys, zipfile
folder, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for base, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(base, name)
            z.write(path, os.path.relpath(path, folder))
PY
count=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$folder/functions.metadata")
echo "publish: $zip ($count functions) from $folder"
