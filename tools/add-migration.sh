#!/usr/bin/env bash
# Adds a migration named $1 to both migration sets (SQLite and PostgreSQL). Never hand-edit the output.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: tools/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
dotnet build src/CountyIP -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/CountyIP --context "${ctx}CountyIpDbContext" --output-dir "Platform/Data/Migrations/${ctx}"
done
