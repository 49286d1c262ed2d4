#!/usr/bin/env bash
# Start-to-healthy benchmark (issue 11 §4 and §6): seconds from launching the app to the first 200 of GET /healthz.
#   - baseline  the same build, Production, on an already-migrated empty database (no demo data): what a start costs
#               on this machine right now, measured in the same run
#   - empty     Development on an empty data directory: migrations, reference data, plan, demo district seeded
#   - big       Production on a database of about 1,000,000 patents (optional: the data directory of a kept
#               `CountyIP.Bench indicators --keep` run, given as START_BIG_DATA=/tmp/countyip-bench-indicators-...)
# All three run the app as the README deploys it: `dotnet publish` (ReadyToRun, ADR 0023) into a scratch folder. A fourth
# line, "empty-jit", starts the Release build output (no ReadyToRun: what `dotnet run` gives a newcomer) on a fresh
# directory, for comparison; it has no goal.
# Each is started RUNS times (default 3; a fresh data directory for every "empty" run) and the median is reported with
# its ratio to the baseline and the load average (the machine is shared). Goals: empty <= 5 s; big within 1.5x the
# baseline ("a 1M database starts about as fast as an empty one").
#
# Usage: dotnet build CountyIP.slnx -c Release; START_BIG_DATA=<dir> bench/load/start.sh [runs]   (publishes itself)
# Exit code 0 when every goal was met, 3 otherwise (as bench/CountyIP.Bench).
set -euo pipefail

RUNS="${1:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="$ROOT/src/CountyIP/bin/Release/net10.0"
WORK="$(mktemp -d /tmp/countyip-start.XXXXXX)"
APP_DIR="$WORK/app"
APP_PID=""

cleanup() {
  stop_app
  rm -rf "$WORK"
}
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap cleanup EXIT

[[ -f "$BUILD_DIR/CountyIP.dll" ]] || { echo "build first: dotnet build CountyIP.slnx -c Release"; exit 1; }
echo "publishing (ReadyToRun) to $APP_DIR ..."
dotnet publish "$ROOT/src/CountyIP" -c Release -o "$APP_DIR" -nologo -v q >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }

# start_once <environment> <data directory> [app folder, default the published one]: prints the seconds to the first
# /healthz 200.
start_once() {
  local environment="$1" data="$2" dir="${3:-$APP_DIR}" port base started now code
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  base="http://127.0.0.1:$port"
  started="$(date +%s.%N)"
  (
    cd "$ROOT/src/CountyIP"
    export ASPNETCORE_ENVIRONMENT="$environment"
    export CountyIP__DataDirectory="$data"
    export Database__Provider=Sqlite
    export Logging__LogLevel__Default=Warning
    if [[ "$environment" == Production ]]; then
      export CountyIP__DemoData=false
      export CountyIP__Bootstrap__AdminPassword='Start#Pass2026x'
    fi
    exec dotnet "$dir/CountyIP.dll" --urls "$base"
  ) >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$base/healthz" || true)"
    [[ "$code" == 200 ]] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$WORK/app.log" >&2; exit 1; fi
    sleep 0.05
  done
  now="$(date +%s.%N)"
  stop_app
  python3 -c "print(f'{$now - $started:.2f}')"
}

# measure <name> <environment> <data directory or "fresh"> [app folder]: RUNS starts; sets MEDIAN[name], prints each.
declare -A MEDIAN LOAD
measure() {
  local name="$1" environment="$2" data="$3" app="${4:-$APP_DIR}" times=() i dir
  for i in $(seq 1 "$RUNS"); do
    dir="$data"
    if [[ "$data" == fresh ]]; then dir="$WORK/fresh-$name-$i"; fi
    times+=("$(start_once "$environment" "$dir" "$app")")
  done
  MEDIAN[$name]="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
  LOAD[$name]="$(cut -d' ' -f1 /proc/loadavg)"
  echo "$name: ${times[*]} s (median ${MEDIAN[$name]} s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
# The baseline's database: migrated once, then started on as it is.
(
  cd "$ROOT/src/CountyIP"
  export ASPNETCORE_ENVIRONMENT=Production CountyIP__DataDirectory="$WORK/migrated" Database__Provider=Sqlite
  export CountyIP__DemoData=false CountyIP__Bootstrap__AdminPassword='Start#Pass2026x' Logging__LogLevel__Default=Warning
  dotnet "$APP_DIR/CountyIP.dll" migrate
) >>"$WORK/app.log" 2>&1
start_once Production "$WORK/migrated" >/dev/null # the first start on it finishes the bootstrap (admin account)

measure baseline Production "$WORK/migrated"
measure empty Development fresh
measure empty-jit Development fresh "$BUILD_DIR"
names=(baseline empty empty-jit)
if [[ -n "${START_BIG_DATA:-}" ]]; then
  [[ -f "$START_BIG_DATA/countyip.db" ]] || { echo "START_BIG_DATA has no countyip.db"; exit 1; }
  echo "big database: $(sqlite3 "$START_BIG_DATA/countyip.db" 'SELECT COUNT(*) FROM registry_patents;' 2>/dev/null || echo '?') patents, $(du -h "$START_BIG_DATA/countyip.db" | cut -f1)"
  measure big Production "$START_BIG_DATA"
  names+=(big)
fi

echo
printf '%-9s %10s %18s %12s %s\n' start "median s" "ratio to baseline" "load (1 min)" goal
status=0
for name in "${names[@]}"; do
  ratio="$(python3 -c "print(f'{${MEDIAN[$name]} / ${MEDIAN[baseline]}:.2f}')")"
  goal="-"
  case "$name" in
    empty) python3 -c "import sys; sys.exit(0 if ${MEDIAN[empty]} <= 5 else 1)" && goal="met (<= 5 s)" || { goal="MISSED (<= 5 s)"; status=3; } ;;
    big) python3 -c "import sys; sys.exit(0 if $ratio <= 1.5 else 1)" && goal="met (<= 1.5x baseline)" || { goal="MISSED (<= 1.5x baseline)"; status=3; } ;;
  esac
  printf '%-9s %10s %18s %12s %s\n' "$name" "${MEDIAN[$name]}" "$ratio" "${LOAD[$name]}" "$goal"
done
exit $status
