#!/bin/sh
# Regenerates tests/Corpus/cases from cases.mjs. Needs node, pandoc, soffice and the .NET SDK (our own packs).
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund >/dev/null
dotnet build ../../../functions/CoachingDocs.Cli -v q -nologo >/dev/null
node make.mjs
