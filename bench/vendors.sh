#!/usr/bin/env bash
# Vendor verification benchmark: import of a generated 1-million-row MCA master data CSV on SQLite and PostgreSQL
# (fresh, then a newer file), then MCA lookups and name searches on the million-company registry of each database
# against /health/live in the same run, after checking that the fixed name searches answer what
# expected/mca-search.txt records for that registry. Writes bench/results/vendors.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

rows=${BENCH_MCA_ROWS:-1000000}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}
pg_port=${BENCH_PG_PORT:-5499}

ensure_dotnet
ensure_packages time jq postgresql "${SANGAM_BENCH_PACKAGES[@]}"
dotnet build "$bench_root/src/Sangam.Api" -c Release -nologo -v q -clp:ErrorsOnly >&2
bin="$bench_root/src/Sangam.Api/bin/Release/net10.0"
work=$(mktemp -d /tmp/sangam-mca-bench.XXXXXX)
chmod 755 "$work"
bench_at_exit "rm -rf '$work'"

log "Generating $rows rows of master data"
awk -v n="$rows" -v variant=0 -f scripts/mca-master-data.awk >"$work/master.csv"
# The newer file: every 20th company struck off.
awk -v n="$rows" -v variant=1 -f scripts/mca-master-data.awk >"$work/master-newer.csv"
size_mb=$(du -m "$work/master.csv" | cut -f1)

# run_import <label> <file> — runs ./sangam-admin's import and prints "label|wall s|cpu s|max RSS MiB|rows/s|inserted|updated|unchanged".
run_import() {
  local label=$1 file=$2
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" dotnet "$bin/Sangam.Api.dll" admin mca import "$file" --json >"$work/summary.json" 2>"$work/import.log"
  read -r wall user sys rss <"$work/time.txt"
  field() { sed -n "s/.*\"$1\": \([0-9]*\).*/\1/p" "$work/summary.json"; }
  echo "$label|$wall|$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')|$((rss / 1024))|$(field rows_per_second)|$(field inserted)|$(field updated)|$(field unchanged)"
}

log "SQLite import"
export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/sangam.db"
sqlite_fresh=$(run_import "SQLite, empty registry" "$work/master.csv")
sqlite_again=$(run_import "SQLite, newer file" "$work/master-newer.csv")

log "PostgreSQL import"
pg_dir="$work/pg"; mkdir -p "$pg_dir"
start_postgres "$pg_dir" "$pg_port"
bench_at_exit "stop_postgres '$pg_dir'"
export Database__Provider=Postgres Database__ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
pg_fresh=$(run_import "PostgreSQL, empty registry" "$work/master.csv")
pg_again=$(run_import "PostgreSQL, newer file" "$work/master-newer.csv")
pg_connection=$Database__ConnectionString
unset Database__Provider Database__ConnectionString

# search_bench <database> — checks the fixed searches against the expected answers (for the million-row registry),
# then prints "database|request|req/s|p50|p99|vs baseline" rows of lookups and searches against /health/live.
search_bench() {
  local database=$1 token auth check=""
  token=$(bench_login demo sangam-demo)
  auth="Authorization: JWT $token"
  if [ "$rows" -eq 1000000 ]; then
    scripts/mca-search-check.sh "$BENCH_URL" "$token" >"$work/search-$database.txt"
    if diff -q expected/mca-search.txt "$work/search-$database.txt" >/dev/null; then
      check="the 12 fixed searches answered exactly the expected companies"
    else
      check="the fixed searches did NOT answer the expected companies: $(diff expected/mca-search.txt "$work/search-$database.txt" | grep -c '^>') differ"
    fi
  fi
  echo "$database|$check" >>"$work/checks.txt"
  search() { echo "$BENCH_URL/api/v2/mca/search?name=$1"; }

  wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
  AUTH="JWT $token" BODY='{"cin": "U10007UP1997PTC000007"}' wrk -t2 -c8 -d2s -s scripts/post-json.lua "$BENCH_URL/api/v2/sbt/MCA/" >/dev/null
  wrk -t2 -c8 -d2s -H "$auth" "$(search sahyadri%20info)" >/dev/null

  local health base
  health=$(bench_wrk "GET /health/live (baseline)" -t2 -c"$connections" -d"$duration" "$BENCH_URL/health/live")
  base=$(echo "$health" | cut -d'|' -f2)
  {
    echo "$health"
    AUTH="JWT $token" BODY='{"cin": "U10007UP1997PTC000007"}' bench_wrk "POST /api/v2/sbt/MCA/ (registry hit)" -t2 -c"$connections" -d"$duration" -s scripts/post-json.lua "$BENCH_URL/api/v2/sbt/MCA/"
    AUTH="JWT $token" BODY='{"cin": "U99999MH2020PTC999999"}' bench_wrk "POST /api/v2/sbt/MCA/ (unknown, miss remembered)" -t2 -c"$connections" -d"$duration" -s scripts/post-json.lua "$BENCH_URL/api/v2/sbt/MCA/"
    bench_wrk "GET search 'narmada gupta' (two common words, 500 matches)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search narmada%20gupta)"
    bench_wrk "GET search 'kaveri sh' (last word a prefix)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search kaveri%20sh)"
    bench_wrk "GET search 'roadways' (~33k matches)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search roadways)"
  } | awk -F'|' -v d="$database" -v b="$base" '{ printf "%s|%s|%s|%s|%s|%.0f %%\n", d, $1, $2, $3, $4, 100 * $2 / b }'
}

log "Lookups and searches on the SQLite registry of $rows companies"
bench_start_server --Database:ConnectionString="Data Source=$work/sangam.db"
search_bench SQLite >"$work/search-rows.txt"
bench_stop_server
log "Lookups and searches on the PostgreSQL registry of $rows companies"
bench_start_server --Database:Provider=Postgres --Database:ConnectionString="$pg_connection"
search_bench PostgreSQL >>"$work/search-rows.txt"
bench_stop_server

{
  echo "# Vendor verification benchmark"
  echo
  echo "$(bench_machine)"
  echo
  echo "Load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared: wall times include waiting for a core; CPU time is the import process's own)."
  echo
  echo "## Import of the MCA company master data ($rows rows, $size_mb MB CSV)"
  echo
  echo "\`sangam-admin mca import FILE.csv\`, Release build; PostgreSQL 15 with fsync off (as in the tests). The newer file changes the status of every 20th company."
  echo
  echo "| Run | Wall s | CPU s (client) | Max RSS MiB | Rows/s | Inserted | Updated | Unchanged |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "$sqlite_fresh" "$sqlite_again" "$pg_fresh" "$pg_again"; do
    echo "| $(echo "$row" | tr '|' '\n' | paste -sd'|' | sed 's/|/ | /g') |"
  done
  echo
  echo "Goal: 1 million rows in under 2 minutes on SQLite and PostgreSQL."
  echo
  echo "## Lookups and searches on the registry of $rows companies"
  echo
  echo "wrk, 2 threads, $connections connections, $duration each; wrk runs on the same cores as the server. Before the load,"
  sed 's/|/: /' "$work/checks.txt" | sed 's/$/;/'
  echo
  echo "| Database | Request | Requests/s | p50 ms | p99 ms | vs baseline |"
  echo "|---|---|---:|---:|---:|---:|"
  sed 's/|/ | /g; s/^/| /; s/$/ |/' "$work/search-rows.txt"
} | tee results/vendors.md
