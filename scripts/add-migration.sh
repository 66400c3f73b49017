#!/usr/bin/env bash
# Adds a migration for both database providers: ./scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh <MigrationName>}
dotnet tool restore >/dev/null
dotnet build src/Sangam.Api -v q -nologo
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build --project src/Sangam.Api \
    --context "${provider}SangamDb" --output-dir "Data/Migrations/$provider"
done
