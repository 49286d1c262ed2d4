#!/usr/bin/env bash
# Load test of the public complaint portal (issue 5 §9): wrk with 64 connections for 30 s on
#   - the public complaint form       GET /portal/complaints/new
#   - the tracking lookup             GET /api/portal/complaints/{trackingCode}
#   - a static file of the same app   GET /favicon.svg (the baseline)
# Goals: 0 errors and p99 < 300 ms on the portal targets; throughput is printed as a ratio to the static file.
#
# The app is published (Release) and started on https://127.0.0.1 with a fresh data directory (SQLite, Production
# environment, no demo data). The portal's per-client rate limits (Protection:RateLimits:LookupsPerMinute and
# SubmissionsPerMinute, 30 and 10 by default) would refuse a load test from one address, so this script raises them
# for the run only, through environment variables; nothing is changed in the configuration files.
#
# Usage: bench/load/portal.sh [duration, default 30s] [connections, default 64]
# Exit code 0 when every goal was met, 3 otherwise (as bench/CountyIP.Bench).
set -euo pipefail

DURATION="${1:-30s}"
CONNECTIONS="${2:-64}"
THREADS="${WRK_THREADS:-2}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/countyip-load.XXXXXX)"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
  echo "installing wrk (apt)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
echo "publishing (Release) ..."
dotnet publish "$ROOT/src/CountyIP/CountyIP.csproj" -c Release -o "$WORK/app" -nologo -v q >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log"; exit 1; }

# HTTPS with a throw-away self-signed certificate, as a deployment: in Production the antiforgery cookie of the
# complaint form is Secure, so the form is served over HTTPS only.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$WORK/key.pem" -out "$WORK/cert.pem" >/dev/null 2>&1
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="https://127.0.0.1:$PORT"
(
  cd "$WORK/app"
  export ASPNETCORE_ENVIRONMENT=Production
  export CountyIP__DataDirectory="$WORK/data"
  export CountyIP__DemoData=false
  export Database__Provider=Sqlite
  export CountyIP__Bootstrap__AdminPassword='Load#Pass2026x'
  export Logging__LogLevel__Default=Warning
  export Kestrel__Certificates__Default__Path="$WORK/cert.pem"
  export Kestrel__Certificates__Default__KeyPath="$WORK/key.pem"
  # Raised for the load run only: one client address makes every request.
  export Protection__RateLimits__LookupsPerMinute=100000000
  export Protection__RateLimits__SubmissionsPerMinute=100000000
  exec dotnet CountyIP.dll --urls "$BASE"
) >"$WORK/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 120); do
  if curl -kfsS "$BASE/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
  sleep 0.5
done
curl -kfsS "$BASE/healthz" >/dev/null

CODE="$(curl -kfsS -X POST "$BASE/api/portal/complaints" -H 'Content-Type: application/json' \
  -d '{"kind":"TrademarkInfringement","respondent":"压测被投诉方","place":"仓山区","description":"压力测试用投诉","consentToContact":false}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["trackingCode"])')"
echo "tracking code for the lookup: $CODE"

# shellcheck source=bench/load/lib.sh
source "$ROOT/bench/load/lib.sh"

run static "$BASE/favicon.svg"
run form "$BASE/portal/complaints/new"
run lookup "$BASE/api/portal/complaints/$CODE"

status=0
summarize 300 0 static form lookup || status=$?
exit $status
