#!/usr/bin/env bash
# bench-cold.sh [RUNS]  (default 7)
# Cold start, measured the way a user meets it: fresh processes, nothing warm.
#  1. `coachdocs generate document coaching-diary --unit 8585-302 ...` (one personalised diary), published JIT-only and
#     ReadyToRun: median wall time and median CPU time (user+sys) of RUNS fresh processes (target: <= 0.3 s wall).
#  2. The local server published ReadyToRun: time from start to listening, then the first and the second request's latency
#     (GET /api/units/8585-302, then POST /api/documents/coaching-diary).
# Builds into artifacts/bench-cold/. The machine's load is printed too: wall times on a busy machine are not comparable.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
work="$root/artifacts/bench-cold"
export PATH="$HOME/.dotnet:$PATH" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n1)

publish() { # publish PROJECT OUT READY_TO_RUN
  dotnet publish "$root/functions/$1" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun="$3" -o "$work/$2" -v quiet -nologo >/dev/null
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }'; }

echo "bench cold: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
publish CoachingDocs.Cli cli-jit false
publish CoachingDocs.Cli cli-r2r true
publish CoachingDocs.Api api-r2r true

out=$(mktemp -d)
trap 'rm -rf "$out"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT
for variant in cli-jit cli-r2r; do
  walls=(); cpus=()
  for i in $(seq 0 "$runs"); do
    TIMEFORMAT='%R %U %S'
    t=$( { time "$work/$variant/coachdocs" generate document coaching-diary --unit 8585-302 --name "Jo Learner" \
      --registration-number R123456 --centre-name "North Centre" --centre-number 12345 --client "Client A" \
      --out "$out/$variant-$i.docx" >/dev/null; } 2>&1 )
    [ "$i" = 0 ] && continue   # the first run warms the disk cache only
    read -r real user sys <<<"$t"
    walls+=("$real"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  printf '%-8s coachdocs generate document coaching-diary: median %s s wall, %s s CPU\n' "$variant" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)"
done

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
start=$(date +%s.%N)
(cd "$work/api-r2r" && exec ./CoachingDocs.Api --urls "http://127.0.0.1:$port" --Storage:LocalFolder "$out/storage" >/dev/null 2>&1) &
server=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/api/units" 2>/dev/null; do
  sleep 0.02
  kill -0 "$server" 2>/dev/null || { echo "the server exited at start" >&2; exit 1; }
done
listening=$(echo "$(date +%s.%N) - $start" | bc)
body='{"unit":"8585-302","name":"Jo Learner","registrationNumber":"R123456","centreName":"North Centre","centreNumber":"12345","clientRefs":["Client A"]}'
request() { curl -s -o /dev/null -w '%{time_total}' "$@"; }
# (the readiness probe above was the first catalogue request; the diary is the first generation)
unit1=$(request "http://127.0.0.1:$port/api/units/8585-302")
diary1=$(request -H 'content-type: application/json' -d "$body" "http://127.0.0.1:$port/api/documents/coaching-diary")
diary2=$(request -H 'content-type: application/json' -d "$body" "http://127.0.0.1:$port/api/documents/coaching-diary")
printf 'server   start to first answer: %.3f s; then GET /api/units/8585-302 %.3f s; first diary %.3f s, second diary %.3f s\n' \
  "$listening" "$unit1" "$diary1" "$diary2"
