#!/usr/bin/env bash
# Adds a migration named $1 to both migration sets (SQLite and PostgreSQL). Never hand-edit the output.
# CONFIGURATION=Release builds (and reads) the Release output instead of Debug: the template check
# (tools/check-module-template.sh) uses it so the app is not compiled twice more.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: tools/add-migration.sh MigrationName}"
config="${CONFIGURATION:-Debug}"
dotnet tool restore >/dev/null
dotnet build src/CountyIP -c "$config" -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --configuration "$config" --project src/CountyIP --context "${ctx}CountyIpDbContext" --output-dir "Platform/Data/Migrations/${ctx}"
done
