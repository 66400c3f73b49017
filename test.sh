#!/usr/bin/env bash
# Installs what is missing, starts a throwaway PostgreSQL 15 cluster and a throwaway Redis, runs every test on SQLite,
# the API tests again on PostgreSQL and the cluster tests (several nodes sharing Redis) on PostgreSQL, and ends with
# the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")" || exit 1
source scripts/lib.sh

ensure_dotnet
ensure_packages "${SANGAM_RUNTIME_PACKAGES[@]}" "${SANGAM_TEST_PACKAGES[@]}"
ensure_line_model

results=$PWD/.test-results
rm -rf "$results" && mkdir -p "$results"

# --- PostgreSQL: a private cluster on a free port, removed on exit --------------------------------------------------
# In memory (/dev/shm) where the machine has it, as the SQLite test databases are: every test server gets a database
# of its own (CREATE DATABASE … TEMPLATE, DROP DATABASE), and creating and deleting their files on a disk file system
# cost PostgreSQL a third of its processor time in the API tests.
scratch=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && scratch=/dev/shm
pg_dir=$(mktemp -d "$scratch/sangam-pg.XXXXXX")
pg_port=${SANGAM_TEST_PG_PORT:-$(( 20000 + RANDOM % 20000 ))}
redis_dir=$(mktemp -d /tmp/sangam-redis.XXXXXX)
redis_port=${SANGAM_TEST_REDIS_PORT:-$(( pg_port + 1 ))}
trap 'stop_postgres "$pg_dir"; stop_redis "$redis_dir"' EXIT
log "Starting PostgreSQL on port $pg_port"
start_postgres "$pg_dir" "$pg_port" "-c max_connections=300" || { echo "0 passed, 1 failed"; exit 1; }
export SANGAM_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
log "Starting Redis on port $redis_port"
start_redis "$redis_dir" "$redis_port" || { echo "0 passed, 1 failed"; exit 1; }
export SANGAM_TEST_REDIS="127.0.0.1:$redis_port"

# --- Build once, then run ------------------------------------------------------------------------------------------
log "Building (Release)"
if ! build_release Sangam.slnx; then
  echo "0 passed, 1 failed"
  exit 1
fi

# The test tooling (dotnet test's MSBuild, vstest.console, the blame data collector) runs without the runtime's
# profile-guided tiering, as the test processes themselves do (tests/Directory.Build.props) and the build does: none
# of them lives long enough for it to pay back.
export DOTNET_TieredPGO=0

run_tests() { # <label> <filter> <project...>
  local label=$1 filter=$2; shift 2
  for project in "$@"; do
    local name; name=$(basename "$project" .csproj)
    log "Testing $name on $label"
    dotnet test "$project" -c Release --no-build --nologo -v q \
      --logger "trx;LogFileName=$label-$name.trx" --results-directory "$results" \
      --blame-hang-timeout 5m ${filter:+--filter "$filter"} || echo "$name on $label" >> "$results/unsuccessful-runs"
  done
}

# The API tests own the database behaviour, so they run again on PostgreSQL, but for the classes whose subject is not
# the database and whose only database work is what every request does (trait Database=incidental: upstream wire,
# HTTP plumbing, OCR uploads; see tests/Sangam.Testing/DatabaseUse.cs). The SDK and CLI tests drive the same
# server code from the client side; a second database would only repeat what the API tests check. The cluster tests
# run several nodes on one database, as production does on PostgreSQL; they run there only.
api_project=tests/Sangam.Api.Tests/Sangam.Api.Tests.csproj
cluster_project=tests/Sangam.Cluster.Tests/Sangam.Cluster.Tests.csproj
console_project=tests/Sangam.Console.Tests/Sangam.Console.Tests.csproj
mapfile -t other_projects < <(ls tests/*/*.Tests.csproj | grep -v -e Sangam.Api.Tests -e Sangam.Cluster.Tests -e Sangam.Console.Tests)

# Two lanes at once: the API, cluster and console tests in one, every other project (the OCR tests the longest) in the
# other. Each lane spends much of its time waiting (servers starting, test hosts loading, a browser rendering), which
# the other lane fills; split this way both lanes end within seconds of each other.
(
  SANGAM_TEST_DB=sqlite run_tests sqlite "" "$api_project"
  SANGAM_TEST_DB=postgres run_tests postgres "Database!=incidental" "$api_project"
  SANGAM_TEST_DB=postgres run_tests postgres "" "$cluster_project"
  SANGAM_TEST_DB=sqlite run_tests sqlite "" "$console_project"
) &
(
  SANGAM_TEST_DB=sqlite run_tests sqlite "" "${other_projects[@]}"
) &
wait

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
expected=$(( ${#other_projects[@]} + 4 ))
if [ "$files" -ne "$expected" ]; then
  echo "Only $files of $expected test runs produced results (a test host crashed or hung)." >&2
  failed=$((failed + expected - files))
fi
if [ "$skipped" -gt 0 ]; then
  echo "$skipped tests were skipped; skipped tests count as failures here." >&2
  failed=$((failed + skipped))
fi
if [ -s "$results/unsuccessful-runs" ] && [ "$failed" -eq 0 ]; then
  echo "Test runs ended unsuccessfully with no failed test recorded: $(paste -sd ',' "$results/unsuccessful-runs")" >&2
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
