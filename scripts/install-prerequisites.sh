#!/usr/bin/env bash
# Installs what building, running and testing CoachingDocs needs, only where it is missing, so it is safe to run every time:
# the .NET 10 SDK; LibreOffice Writer and Calc, poppler-utils and Chromium (tests render documents to PDF and drive the
# add-in in a browser); Node.js and the add-in's packages when addin/ exists. A part that cannot be installed is reported
# and skipped; the tests that need it then say so.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

note() { echo "prerequisites: $*" >&2; }

# Under CI=true every prerequisite is required: a part that could not be installed makes this script fail, so the test
# run fails rather than skipping what needed it. On a developer's machine it is a note and the run goes on.
failures=0
failed_to() { note "FAILED: $*"; failures=$((failures + 1)); }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"; else return 1; fi
}

apt_install() {
  command -v apt-get >/dev/null 2>&1 || { note "apt-get not available; install $* yourself"; return 0; }
  note "installing $*"
  if [ ! -f /tmp/.coachdocs-apt-updated ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && touch /tmp/.coachdocs-apt-updated
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || failed_to "could not install $* (not root and no sudo?); tests that need them will fail or skip"
}

# .NET 10 SDK
if ! command -v dotnet >/dev/null 2>&1 && [ ! -x "$HOME/.dotnet/dotnet" ]; then
  note "installing the .NET 10 SDK into ~/.dotnet"
  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0 --install-dir "$HOME/.dotnet" >/dev/null \
    || failed_to "could not install the .NET SDK; see https://dotnet.microsoft.com/download"
fi

# Document rendering and the browser for end-to-end tests
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
# scripts/publish.sh zips the Functions app with Python's zipfile (its test runs the script)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# The add-in (issue 4) once it exists
if [ -f "$ROOT/addin/package.json" ]; then
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  if [ ! -d "$ROOT/addin/node_modules" ] || [ "$ROOT/addin/package-lock.json" -nt "$ROOT/addin/node_modules" ]; then
    note "installing the add-in's packages (npm ci)"
    (cd "$ROOT/addin" && npm ci --no-audit --no-fund >/dev/null) || failed_to "npm ci failed in addin/"
  fi
fi

# Whatever the package manager said, the commands the tests run must now be there.
for tool in soffice pdftoppm pdftotext; do command -v "$tool" >/dev/null 2>&1 || failed_to "$tool is still missing"; done
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || failed_to "chromium is still missing"

if [ "$failures" -gt 0 ] && [ "${CI:-}" = "true" ]; then
  note "$failures prerequisite(s) missing under CI=true: failing the run"
  exit 1
fi
exit 0
