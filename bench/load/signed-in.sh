#!/usr/bin/env bash
# Load test of signed-in traffic (issue 11 §6): wrk, 64 connections, 20 s per target, every request with the session
# cookie of a signed-in bureau officer:
#   - a static file                 GET /favicon.svg (the baseline of the same app in the same run)
#   - the indicator board           GET /api/indicators?year=2013
#   - the patents list              GET /api/patents?page=1
# Goals: 0 errors, p99 < 500 ms, and dashboard and list each at least 0.25x the static file's req/s.
#
# The app is started from its Release build output (build it first) in Development with the demo district (seeded
# on the first start into a fresh data directory), on http://127.0.0.1 (Development cookies are not Secure-only).
#
# Usage: bench/load/signed-in.sh [duration, default 20s] [connections, default 64]
# Exit code 0 when every goal was met, 3 otherwise (as bench/CountyIP.Bench).
set -euo pipefail

DURATION="${1:-20s}"
CONNECTIONS="${2:-64}"
THREADS="${WRK_THREADS:-2}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP_DIR="$ROOT/src/CountyIP/bin/Release/net10.0"
WORK="$(mktemp -d /tmp/countyip-load.XXXXXX)"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

[[ -f "$APP_DIR/CountyIP.dll" ]] || { echo "build first: dotnet build CountyIP.slnx -c Release"; exit 1; }
if ! command -v wrk >/dev/null; then
  echo "installing wrk (apt)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
(
  cd "$ROOT/src/CountyIP"
  export ASPNETCORE_ENVIRONMENT=Development
  export CountyIP__DataDirectory="$WORK/data"
  export Logging__LogLevel__Default=Warning
  exec dotnet "$APP_DIR/CountyIP.dll" --urls "$BASE"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 240); do
  if curl -fsS "$BASE/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
  sleep 0.5
done
curl -fsS "$BASE/healthz" >/dev/null

curl -fsS -c "$WORK/cookies" -H 'Content-Type: application/json' \
  -d '{"userName":"demo.staff","password":"Demo#Pass2026"}' "$BASE/api/auth/login" >/dev/null
COOKIE="$(awk '$6 == "countyip.auth" { print $6 "=" $7 }' "$WORK/cookies")"
[[ -n "$COOKIE" ]] || { echo "sign-in failed"; exit 1; }

# shellcheck source=bench/load/lib.sh
source "$ROOT/bench/load/lib.sh"

run static "$BASE/favicon.svg" "Cookie: $COOKIE"
run dashboard "$BASE/api/indicators?year=2013" "Cookie: $COOKIE"
run list "$BASE/api/patents?page=1" "Cookie: $COOKIE"

status=0
summarize 500 0.25 static dashboard list || status=$?
exit $status
