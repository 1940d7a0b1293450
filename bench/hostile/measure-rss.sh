#!/usr/bin/env bash
# Peak and settled RSS of the local server for issue 9's hostile inputs, and the time and status of each request.
#   bench/hostile/measure-rss.sh [SOURCE_ROOT]   (default: this repository; pass another checkout to measure "before")
# Builds SOURCE_ROOT's Api in Release, starts it on loopback, sends each input (one at a time, then four large checks at
# once), and prints: status, seconds, VmHWM (peak RSS) after the request, and VmRSS 15 s and 60 s after the last one.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${1:-$(cd "$HERE/../.." && pwd)}
WORK=$(mktemp -d)
PORT=${PORT:-18777}
python3 "$HERE/make_inputs.py" "$WORK/inputs" >/dev/null
dotnet build -c Release "$SRC/functions/CoachingDocs.Api" -o "$WORK/api" -v q -nologo >/dev/null
(cd "$WORK/api" && exec dotnet CoachingDocs.Api.dll --urls "http://127.0.0.1:$PORT" >"$WORK/server.log" 2>&1) &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$PORT/api/units" >/dev/null 2>&1 && break; sleep 1; done
PID=$(pgrep -P $SERVER -f CoachingDocs.Api.dll || echo $SERVER)
kib() { awk -v k="$1" '$1==k":" {print int($2/1024)" MB"}' /proc/$PID/status; }
echo "server $(basename "$SRC"): baseline RSS $(kib VmRSS)"
send() { # label, curl args...
  local label=$1; shift
  local result; result=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" --max-time 180 "$@" || echo "000 timeout")
  printf '%-28s HTTP %s s   peak so far %s, now %s\n' "$label" "$result" "$(kib VmHWM)" "$(kib VmRSS)"
}
IN=$WORK/inputs
send "roster 612KB->200MB" -F "roster=@$IN/roster-inflating.xlsx" "http://127.0.0.1:$PORT/api/cohorts/jobs"
send "roster ZZZZZZ1" -F "roster=@$IN/roster-zzzzzz.xlsx" "http://127.0.0.1:$PORT/api/cohorts/jobs"
send "roster DOCTYPE" -F "roster=@$IN/roster-doctype.xlsx" "http://127.0.0.1:$PORT/api/cohorts/jobs"
send "docx 20MB duration" -F "files=@$IN/diary-20mb-duration.docx" "http://127.0.0.1:$PORT/api/check?unit=8585-302"
send "docx 20k nested sdt" -F "files=@$IN/diary-nested-20k.docx" "http://127.0.0.1:$PORT/api/check?unit=8585-302"
CLIENTS=()
for i in 1 2 3 4; do send "4 at once: #$i" -F "files=@$IN/diary-20mb-duration.docx" "http://127.0.0.1:$PORT/api/check?unit=8585-302" & CLIENTS+=($!); done
wait "${CLIENTS[@]}"
sleep 15
echo "15 s after the last request: RSS $(kib VmRSS), peak $(kib VmHWM)"
sleep 45
echo "settled 60 s after the last request: RSS $(kib VmRSS), peak $(kib VmHWM)"
