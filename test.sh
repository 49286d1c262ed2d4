#!/usr/bin/env bash
# Installs what the tests need, runs every suite (unit; integration on SQLite and on PostgreSQL; browser), checks the
# README's deployment commands and the new-module template,
# and ends with the line "N passed, N failed". PostgreSQL runs on 127.0.0.1 in a temporary directory and is
# stopped at the end, also on failure. CI (.ci/run) calls this script.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline
results="$root/.test-artifacts"
rm -rf "$results" && mkdir -p "$results"

# Each step with the time it started and the minutes since the run began: the 30-minute budget is read off the log.
started_at=$(date +%s)
log() { printf '\n== %s (%s, +%d min)\n' "$*" "$(date +%T)" $(( ($(date +%s) - started_at) / 60 )); }

# --- 1. System packages (Debian) -------------------------------------------------------------------------
need=()
for pkg in chromium fonts-noto-cjk fonts-arphic-gbsn00lp poppler-utils postgresql; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  log "Installing ${need[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || { echo "could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi
command -v node >/dev/null 2>&1 || { echo "Node.js is required to build the web assets"; echo "0 passed, 1 failed"; exit 1; }

# --- 2. Build ----------------------------------------------------------------------------------------------
log "Building"
dotnet tool restore >/dev/null
if ! dotnet build CountyIP.slnx -c Release -nologo -v q 2>&1 | tee "$results/build.log" | grep -E "error|Build succeeded" | sort -u | tail -20; then :; fi
if ! grep -q "Build succeeded" "$results/build.log" || grep -qE ": error " "$results/build.log"; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# --- 3. PostgreSQL on 127.0.0.1 in a temporary directory --------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/countyip-pg.XXXXXX)
chmod 755 "$pgdir"
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$pgdir"; runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pgdir"; }
deploy_pid=""
template_pid=""
cleanup() { [ -n "$deploy_pid" ] && kill "$deploy_pid" 2>/dev/null; [ -n "$template_pid" ] && kill "$template_pid" 2>/dev/null; stop_pg; }
trap cleanup EXIT
log "Starting PostgreSQL on 127.0.0.1:$pgport"
pg_ok=1
as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$results/initdb.log" 2>&1 || pg_ok=0
if [ $pg_ok -eq 1 ]; then
  as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" \
    -o "-p $pgport -c listen_addresses=127.0.0.1 -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" -w start >/dev/null || pg_ok=0
fi

# --- 4. Suites --------------------------------------------------------------------------------------------
passed=0; failed=0
suite_timeout=${COUNTYIP_SUITE_TIMEOUT:-1500}
run_suite() { # name project [env...]
  local name=$1 project=$2; shift 2
  log "Suite: $name"
  # A hang cannot eat CI's time: the suite's whole process group (test host, app, browser) is stopped.
  env "$@" timeout -k 30 "$suite_timeout" dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | tee "$results/$name.log" | grep -E "^\s*(Failed|Passed!|Failed!)|error|Aborted|crash" | head -60
  local rc=${PIPESTATUS[0]}
  local trx="$results/$name.trx" p=0 f=0
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    local e; e=$(grep -o ' error="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$((${f:-0} + ${e:-0}))
  fi
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "suite $name timed out after ${suite_timeout}s"; f=$((${f:-0} + 1))
  elif [ ! -f "$trx" ]; then
    echo "suite $name produced no results (exit code $rc)"; f=$((${f:-0} + 1))
  elif [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then
    # The test host crashed or the run aborted: whatever passed before, the suite did not finish.
    echo "suite $name exited with code $rc without a failed test: counted as one failure"; f=1
  fi
  # CI shows only this output: say why each failed test failed (the first lines of its message), not only its name.
  if [ -f "$trx" ] && [ "${f:-0}" -gt 0 ]; then
    python3 - "$trx" <<'PY' || true
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for r in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") != "Failed":
        continue
    message = r.findtext("t:Output/t:ErrorInfo/t:Message", "", ns).strip().splitlines()
    stack = [l.strip() for l in r.findtext("t:Output/t:ErrorInfo/t:StackTrace", "", ns).splitlines() if "CountyIP" in l]
    print(f"  why {r.get('testName')}:")
    for line in message[:6] + stack[:3]:
        print("    " + line[:300])
PY
  fi
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

run_suite unit tests/CountyIP.UnitTests
run_suite integration-sqlite tests/CountyIP.IntegrationTests
if [ $pg_ok -eq 1 ]; then
  run_suite integration-postgres tests/CountyIP.IntegrationTests \
    "COUNTYIP_TEST_POSTGRES=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"
else
  echo "PostgreSQL did not start (see $results/initdb.log)"; failed=$((failed + 1))
fi
run_suite browser tests/CountyIP.BrowserTests "COUNTYIP_CHROMIUM=$(command -v chromium)"

# --- 5. The README's deployment commands, literally -------------------------------------------------------
# Publish once, then `dotnet <dir>/CountyIP.dll migrate` and a start from another working directory (/tmp), as an
# operator runs them: the app must find its appsettings.json (no EF Core command logged: the file sets EF Core to
# Warning), answer /healthz and serve its static files. Counts as one test.
deploy_check() {
  local out data port code css rc=0
  out=$(mktemp -d /tmp/countyip-publish.XXXXXX); data=$(mktemp -d /tmp/countyip-deploy-data.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local run=(env -u ASPNETCORE_ENVIRONMENT -u DOTNET_ENVIRONMENT -u ASPNETCORE_CONTENTROOT "CountyIP__DataDirectory=$data"
             "CountyIP__Bootstrap__AdminPassword=Deploy#Check2026")
  if ! dotnet publish src/CountyIP -c Release -o "$out" -nologo -v q >"$results/deploy-publish.log" 2>&1; then
    echo "publish failed (see $results/deploy-publish.log)"; rc=1
  elif ! (cd /tmp && "${run[@]}" timeout 120 dotnet "$out/CountyIP.dll" migrate) >"$results/deploy-migrate.log" 2>&1; then
    echo "migrate failed (see $results/deploy-migrate.log)"; rc=1
  else
    (cd /tmp && exec "${run[@]}" dotnet "$out/CountyIP.dll" --urls "http://127.0.0.1:$port") >"$results/deploy-run.log" 2>&1 &
    deploy_pid=$!
    code=000
    for _ in $(seq 1 60); do
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz" || true)
      [ "$code" = "200" ] && break
      sleep 1
    done
    css=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/lib/bootstrap/css/bootstrap.min.css" || true)
    kill "$deploy_pid" 2>/dev/null; wait "$deploy_pid" 2>/dev/null; deploy_pid=""
    if [ "$code" != "200" ]; then echo "/healthz answered $code (see $results/deploy-run.log)"; rc=1; fi
    if [ "$css" != "200" ]; then echo "static file answered $css"; rc=1; fi
    if grep -q "Executed DbCommand" "$results/deploy-migrate.log" "$results/deploy-run.log"; then
      echo "SQL statements logged: appsettings.json was not loaded"; rc=1
    fi
    if ! grep -q "Content root path: ${out%/}" "$results/deploy-run.log"; then echo "content root is not the app folder"; rc=1; fi
    # The README's backup commands: back up, verify, and restore into a new data directory (issue 18 §1).
    local restored; restored=$(mktemp -d /tmp/countyip-restore.XXXXXX)
    if ! (cd /tmp && "${run[@]}" timeout 120 dotnet "$out/CountyIP.dll" backup --to "$data-backup") >"$results/deploy-backup.log" 2>&1 \
       || ! (cd /tmp && "${run[@]}" timeout 120 dotnet "$out/CountyIP.dll" verify --from "$data-backup") >>"$results/deploy-backup.log" 2>&1 \
       || ! (cd /tmp && env -u ASPNETCORE_ENVIRONMENT "CountyIP__DataDirectory=$restored" timeout 120 dotnet "$out/CountyIP.dll" restore --from "$data-backup") >>"$results/deploy-backup.log" 2>&1; then
      echo "backup, verify or restore failed (see $results/deploy-backup.log)"; rc=1
    fi
    rm -rf "$data-backup" "$restored"
  fi
  rm -rf "$out" "$data"
  return $rc
}
# The new-module template check (section 6) builds a copy of its own: it runs beside the deployment commands, whose
# app start and curl leave the processor partly idle, and is waited for below.
log "New-module template check started in the background (tools/check-module-template.sh)"
(timeout -k 30 "$suite_timeout" tools/check-module-template.sh "$results/template" >"$results/template.log" 2>&1; echo $? >"$results/template.rc") &
template_pid=$!
log "README deployment commands (publish, migrate, start from /tmp, backup, verify, restore)"
if deploy_check; then echo "deployment commands: passed"; passed=$((passed + 1)); else echo "deployment commands: failed"; failed=$((failed + 1)); fi

# --- 6. The new-module template ------------------------------------------------------------------------------
# tools/new-module.sh Sample in a clean copy of HEAD, migration, build, then the architecture unit tests, the generated
# tests and the role-matrix, validation-walk and JSON-shape checks (SQLite): a template that breaks a rule turns CI
# red (ADR 0019). The copy is deleted by the script, also on failure. Counts as one test.
log "New-module template (waiting for the check started above)"
wait "$template_pid"; template_pid=""
cat "$results/template.log"
if [ "$(cat "$results/template.rc" 2>/dev/null)" = "0" ]; then
  passed=$((passed + 1))
else
  echo "new-module template: failed"; failed=$((failed + 1))
fi

echo
echo "whole run: $(( ($(date +%s) - started_at) / 60 )) min $(( ($(date +%s) - started_at) % 60 )) s"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
