#!/usr/bin/env bash
# Company name search on the million-company registry of ./vendors.sh (generated master data, then the newer file),
# on SQLite and PostgreSQL: checks that the fixed searches answer what expected/mca-search.txt records, then measures
# searches against /health/live in the same run, with the answer cache on (as shipped) and off (every search runs its
# queries), with the processor time of the server (and of PostgreSQL) per request. Writes bench/results/mca-search.md.
# BENCH_MCA_REGISTRY=<folder> keeps the imported registry there and reuses it in later runs.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-30s}
connections=${BENCH_CONNECTIONS:-32}
pg_port=${BENCH_PG_PORT:-5497}
registry=${BENCH_MCA_REGISTRY:-}

bench_build
ensure_packages jq postgresql
bin="$bench_root/src/Sangam.Api/bin/Release/net10.0"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -z "$registry" ]; then
  registry=$(mktemp -d /tmp/sangam-mca-registry.XXXXXX)
  bench_at_exit "rm -rf '$registry'"
fi
mkdir -p "$registry/pg"
chmod 755 "$registry"
sqlite_connection="Data Source=$registry/sangam.db"
pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
start_postgres "$registry/pg" "$pg_port"
bench_at_exit "stop_postgres '$registry/pg' ${BENCH_MCA_REGISTRY:+keep}"

if [ ! -e "$registry/imported" ]; then
  log "Generating and importing 1,000,000 companies, then the newer file, on SQLite and PostgreSQL"
  awk -v n=1000000 -v variant=0 -f scripts/mca-master-data.awk >"$registry/master.csv"
  awk -v n=1000000 -v variant=1 -f scripts/mca-master-data.awk >"$registry/master-newer.csv"
  for connection in "Sqlite|$sqlite_connection" "Postgres|$pg_connection"; do
    for file in master.csv master-newer.csv; do
      Database__Provider=${connection%%|*} Database__ConnectionString=${connection#*|} \
        dotnet "$bin/Sangam.Api.dll" admin mca import "$registry/$file" --json >/dev/null 2>>"$registry/import.log"
    done
  done
  rm "$registry"/master*.csv
  touch "$registry/imported"
fi

# processor_ms <pid...> — user and system time of the processes so far, in milliseconds.
processor_ms() {
  local pid ticks=0
  for pid in "$@"; do
    if [ -r "/proc/$pid/stat" ]; then
      ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
    fi
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# measured <label> <wrk arguments...> — bench_wrk's "label|req/s|p50|p99" and the processor ms per request of the
# server and, on PostgreSQL, of the cluster's processes (read before and after the run).
measured() {
  local label=$1 pids before row requests
  shift
  pids=$BENCH_PID
  if [ -n "${postmaster:-}" ]; then
    pids="$pids $postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
  fi
  before=$(processor_ms $pids)
  row=$(bench_wrk "$label" "$@")
  requests=$(awk -F'|' -v d="${duration%s}" '{ printf "%.0f", $2 * d }' <<<"$row")
  echo "$row|$(awk -v ms=$(($(processor_ms $pids) - before)) -v n="$requests" 'BEGIN { printf "%.2f", ms / n }')"
}

# search_bench <database> <cache on|off> [server options] — prints "database|cache|request|req/s|p50|p99|cpu ms|vs baseline"
# rows; records whether the fixed searches answered as expected in $registry/checks.txt.
search_bench() {
  local database=$1 cache=$2 token auth base health
  shift 2
  bench_start_server "$@"
  token=$(bench_login demo sangam-demo)
  auth="Authorization: JWT $token"
  # Twice: with the cache on, the second round is answered from it.
  for round in first second; do
    scripts/mca-search-check.sh "$BENCH_URL" "$token" >"$registry/answers.txt"
    if diff -q expected/mca-search.txt "$registry/answers.txt" >/dev/null; then
      echo "$database, cache $cache, $round round: the 12 fixed searches answered exactly the expected companies" >>"$registry/checks.txt"
    else
      echo "$database, cache $cache, $round round: $(diff expected/mca-search.txt "$registry/answers.txt" | grep -c '^>') of the fixed searches answered differently" >>"$registry/checks.txt"
    fi
  done

  search() { echo "$BENCH_URL/api/v2/mca/search?name=$1"; }
  # Warm-up: until the runtime has compiled the search path with its optimising compiler (a few thousand requests),
  # a search costs several times its steady-state processor time, and at tens of requests/s that takes seconds.
  wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
  for query in narmada%20gupta kaveri%20sh roadways; do
    wrk -t2 -c8 -d"$warmup" -H "$auth" "$(search $query)" >/dev/null
  done
  health=$(measured "GET /health/live (baseline)" -t2 -c"$connections" -d"$duration" "$BENCH_URL/health/live")
  base=$(cut -d'|' -f2 <<<"$health")
  {
    echo "$health"
    measured "search 'narmada gupta' (two common words, 503 matches)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search narmada%20gupta)"
    measured "search 'kaveri sh' (last word a prefix)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search kaveri%20sh)"
    measured "search 'roadways' (~34k matches)" -t2 -c"$connections" -d"$duration" -H "$auth" "$(search roadways)"
  } | awk -F'|' -v d="$database" -v c="$cache" -v b="$base" '{ printf "%s|%s|%s|%s|%s|%s|%s|%.0f %%\n", d, c, $1, $2, $3, $4, $5, 100 * $2 / b }'
  bench_stop_server
}

rm -f "$registry/checks.txt"
log "Searches on SQLite"
search_bench SQLite on --Database:ConnectionString="$sqlite_connection" >"$registry/rows.txt"
search_bench SQLite off --Database:ConnectionString="$sqlite_connection" --Mca:Search:CachedAnswers=0 >>"$registry/rows.txt"
log "Searches on PostgreSQL"
postmaster=$(head -n1 "$registry/pg/data/postmaster.pid")
search_bench PostgreSQL on --Database:Provider=Postgres --Database:ConnectionString="$pg_connection" >>"$registry/rows.txt"
search_bench PostgreSQL off --Database:Provider=Postgres --Database:ConnectionString="$pg_connection" --Mca:Search:CachedAnswers=0 >>"$registry/rows.txt"

{
  echo "# Company name search on a million companies"
  echo
  echo "$(bench_machine)"
  echo
  echo "Load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared with other developers' work)."
  echo
  echo "The registry of \`./vendors.sh\`: 1,000,000 generated companies, then the newer file that strikes off every 20th,"
  echo "plus the sandbox companies; imported by this build on SQLite and on PostgreSQL 15 (fsync off). Release server"
  echo "in sandbox mode; wrk, 2 threads, $connections connections, $duration per measurement after $warmup of each search, on the"
  echo "same cores as the server."
  echo "Each server first ran the fixed searches of \`scripts/mca-search-check.sh\` (limit 100) twice:"
  echo
  sed 's/^/- /' "$registry/checks.txt"
  echo
  echo "\"Processor ms\" is the processor time of the server, plus every PostgreSQL process's on PostgreSQL, over the"
  echo "run, divided by the requests answered; unlike requests/s it depends little on how much of the cores other work"
  echo "left. \"2 quiet cores\" is what that time allows two cores given to the server and database alone (2,000 ms"
  echo "divided by it); wrk's own time is not in it. Cache on: the same query again at the same registry version is"
  echo "answered from memory after one read of the version; off (\`Mca__Search__CachedAnswers=0\`): every search runs"
  echo "its queries."
  echo
  echo "| Database | Answer cache | Request | Requests/s | p50 ms | p99 ms | Processor ms | 2 quiet cores, req/s | vs baseline |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
  awk -F'|' '{ printf "| %s | %s | %s | %.0f | %s | %s | %s | %.0f | %s |\n", $1, $2, $3, $4, $5, $6, $7, ($7 > 0 ? 2000 / $7 : 0), $8 }' "$registry/rows.txt"
  echo
  echo "Goal: two common words at no less than 500 requests/s at $connections connections, answers unchanged."
} | tee results/mca-search.md
