#!/usr/bin/env bash
# Checks that the new-module template stays right (ADR 0019): in a clean copy of the repository at HEAD (git archive,
# so uncommitted files and the working tree's build output play no part; outside git, the tree without build output) it runs tools/new-module.sh Sample, adds the
# migration, builds the app and the two test projects, and runs the architecture unit tests, the generated tests and
# the checks every module must pass (role matrix, validation walk, JSON shape; integration on SQLite only).
# Usage: tools/check-module-template.sh [LOG_DIR]. Exit code 0 when everything passed. The copy is deleted at the
# end, also on failure or interruption. Called by ./test.sh, counted there as one test.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
logs=${1:-$(mktemp -d /tmp/countyip-template-logs.XXXXXX)}
mkdir -p "$logs"
work=$(mktemp -d /tmp/countyip-template.XXXXXX)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
# No build server or reused MSBuild node may outlive the check and hold files of the deleted copy.
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset COUNTYIP_TEST_POSTGRES

step() { # name command...: runs one step, its output in $logs/<name>.log; stops the check on failure
  local name=$1; shift
  if ! "$@" >"$logs/$name.log" 2>&1; then
    echo "template check: '$name' failed (see $logs/$name.log)"; tail -n 30 "$logs/$name.log"
    exit 1
  fi
}

if git -C "$root" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  git -C "$root" archive --format=tar HEAD | tar -x -C "$work" || { echo "template check: git archive failed"; exit 1; }
else
  # Not a git checkout (an exported source tree): the files as they are, without build output and test results.
  tar -C "$root" --exclude=bin --exclude=obj --exclude=node_modules --exclude=.test-artifacts --exclude=TestResults -cf - . \
    | tar -x -C "$work" || { echo "template check: copying the tree failed"; exit 1; }
fi
# The web packages of this checkout, when it has them, spare an npm ci (the stamp keeps its time, so the build skips it).
if [ -d "$root/src/CountyIP/node_modules" ]; then cp -a "$root/src/CountyIP/node_modules" "$work/src/CountyIP/"; fi
cd "$work"

step new-module tools/new-module.sh Sample 样例模块 "Sample module"
step migration env CONFIGURATION=Release tools/add-migration.sh AddSampleModule
step build-unit dotnet build tests/CountyIP.UnitTests -c Release -nologo -v q
step build-integration dotnet build tests/CountyIP.IntegrationTests -c Release -nologo -v q
step unit-tests dotnet test tests/CountyIP.UnitTests -c Release --no-build --nologo --logger "trx;LogFileName=unit.trx" --results-directory "$logs" \
  --filter "FullyQualifiedName~CountyIP.UnitTests.Architecture|FullyQualifiedName~CountyIP.UnitTests.Sample."
step integration-tests dotnet test tests/CountyIP.IntegrationTests -c Release --no-build --nologo --logger "trx;LogFileName=integration.trx" --results-directory "$logs" \
  --filter "FullyQualifiedName~CountyIP.IntegrationTests.Sample.|FullyQualifiedName~RoleMatrixTests|FullyQualifiedName~MalformedInputTests|FullyQualifiedName~OpenApiShapeTests"
# The generated tests must have run: a filter that matches nothing would pass silently.
for trx in unit integration; do
  grep -q 'testName="CountyIP\.[A-Za-z]*Tests\.Sample\.' "$logs/$trx.trx" 2>/dev/null \
    || { echo "template check: no generated Sample test ran in the $trx tests"; exit 1; }
done
echo "template check: passed (logs in $logs)"
