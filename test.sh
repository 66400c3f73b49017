#!/usr/bin/env bash
# Installs what is missing, starts a throwaway PostgreSQL 15 cluster, runs every test on SQLite and the API tests
# again on PostgreSQL, and ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh

ensure_dotnet
ensure_packages "${SANGAM_RUNTIME_PACKAGES[@]}" "${SANGAM_TEST_PACKAGES[@]}"

results=$PWD/.test-results
rm -rf "$results" && mkdir -p "$results"
status=0

# --- PostgreSQL: a private cluster on a free port, removed on exit --------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; echo "0 passed, 1 failed"; exit 1; }
pg_dir=$(mktemp -d /tmp/sangam-pg.XXXXXX)
pg_port=${SANGAM_TEST_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$pg_dir"
stop_postgres() { as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
log "Starting PostgreSQL on port $pg_port"
if ! as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U postgres --no-sync" >"$results/postgres-initdb.log" 2>&1 \
  || ! as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -o \"-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" -l '$pg_dir/log' -w start" >/dev/null 2>&1; then
  cat "$results/postgres-initdb.log" "$pg_dir/log" >&2 2>/dev/null
  echo "PostgreSQL could not start" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
export SANGAM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"

# --- Build once, then run ------------------------------------------------------------------------------------------
log "Building (Release)"
if ! dotnet build Sangam.slnx -c Release -nologo -v q -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

run_tests() { # <label> <project...>
  local label=$1; shift
  for project in "$@"; do
    local name; name=$(basename "$project" .csproj)
    log "Testing $name on $label"
    dotnet test "$project" -c Release --no-build --nologo -v q \
      --logger "trx;LogFileName=$label-$name.trx" --results-directory "$results" \
      --blame-hang-timeout 5m || status=1
  done
}

mapfile -t all_projects < <(ls tests/*/*.Tests.csproj)
# The API tests own the database behaviour, so they run again on PostgreSQL. The SDK and CLI tests drive the same
# server code from the client side; a second database would only repeat what the API tests check.
database_projects=(tests/Sangam.Api.Tests/Sangam.Api.Tests.csproj)

SANGAM_TEST_DB=sqlite run_tests sqlite "${all_projects[@]}"
SANGAM_TEST_DB=postgres run_tests postgres "${database_projects[@]}"

# --- Count -----------------------------------------------------------------------------------------------------------
passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  value() { local v; v=$(echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'); echo "${v:-0}"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
expected=$(( ${#all_projects[@]} + ${#database_projects[@]} ))
if [ "$files" -ne "$expected" ]; then
  echo "Only $files of $expected test runs produced results (a test host crashed or hung)." >&2
  failed=$((failed + expected - files))
fi
if [ "$skipped" -gt 0 ]; then
  echo "$skipped tests were skipped; skipped tests count as failures here." >&2
  failed=$((failed + skipped))
fi
[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
