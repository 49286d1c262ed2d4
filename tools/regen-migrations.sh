#!/usr/bin/env bash
# Regenerates the two migration sets (SQLite, PostgreSQL) as one "Initial" migration each.
# Nothing is deployed yet, so while the schema is young we keep one migration per provider
# (docs/decisions/0004-two-migration-sets.md). After the first release, use tools/add-migration.sh NAME instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/CountyIP/Platform/Data/Migrations
dotnet build src/CountyIP -v q -nologo >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add Initial --no-build --project src/CountyIP --context "${ctx}CountyIpDbContext" --output-dir "Platform/Data/Migrations/${ctx}" >/dev/null
done
echo "migrations regenerated"
