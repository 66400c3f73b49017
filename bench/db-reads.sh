#!/usr/bin/env bash
# Database reads: endpoints that read one row (usage report, a stored driver location, readiness) against
# /health/live and the JWT-only /users/me/ of the same server, on SQLite and on PostgreSQL. Each round measures every
# endpoint once, so the ratios compare requests made under the same load. Writes bench/results/db-reads.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
ensure_packages jq "${SANGAM_TEST_PACKAGES[@]}"

duration=${BENCH_DURATION:-5s}
connections=${BENCH_CONNECTIONS:-32}
rounds=${BENCH_ROUNDS:-3}
pg_port=${BENCH_PG_PORT:-5498}
mobile=9876543210   # the Airtel emulator's numbers ending in 0-5 allow tracking

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pg_dir=$(mktemp -d /tmp/sangam-bench-pg.XXXXXX)
start_postgres "$pg_dir" "$pg_port" "-c max_connections=300"
bench_at_exit "stop_postgres '$pg_dir'"

# measure <database label> [server options] — prints one "database|endpoint|round|req/s|p50|p99|ratio" line per measurement.
measure() {
  local database=$1; shift
  # Consent answered at once and kept positions fresh for the whole run, so the location is served from the store.
  bench_start_server "$@" \
    --Sandbox:Airtel:ConsentAnswerDelay=00:00:00 --Sandbox:Airtel:NetworkFailureRate=0 --Sandbox:Airtel:RateLimitRate=0 \
    --Tracking:Consent:FirstCheckAfter=00:00:01 --Tracking:Consent:ScanInterval=00:00:00.200 --Tracking:FreshFor=01:00:00
  local token auth api allowed=0
  token=$(bench_login demo sangam-demo)
  auth="Authorization: JWT $token"
  api="$BENCH_URL/api/v2/sim-tracking"
  curl -fs -o /dev/null -X POST "$api/drivers/" -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"mobile\": \"$mobile\", \"driver_name\": \"Bench Driver\"}"
  for _ in $(seq 1 60); do
    allowed=$(curl -fs "$api/drivers/?consent_status=ALLOWED&page_size=1" -H "$auth" | jq '.response[0].response.count')
    [ "$allowed" -ge 1 ] && break
    sleep 0.5
  done
  [ "$allowed" -ge 1 ] || { echo "The bench driver's consent was not ALLOWED" >&2; exit 1; }
  curl -fs -o /dev/null "$api/drivers/$mobile/location" -H "$auth"

  local -a labels=("GET /health/live (baseline)" "GET /api/v2/users/me/ (JWT, no database)" "GET /api/v2/usage/"
    "GET /api/v2/sim-tracking/drivers/{mobile}/location (stored)" "GET /health/ready")
  local -a urls=("$BENCH_URL/health/live" "$BENCH_URL/api/v2/users/me/" "$BENCH_URL/api/v2/usage/"
    "$api/drivers/$mobile/location" "$BENCH_URL/health/ready")
  local i round row base
  for i in "${!urls[@]}"; do
    wrk -t2 -c8 -d2s -H "$auth" "${urls[$i]}" >/dev/null
  done
  for round in $(seq 1 "$rounds"); do
    base=
    for i in "${!urls[@]}"; do
      row=$(bench_wrk "${labels[$i]}" -t2 -c"$connections" -d"$duration" -H "$auth" "${urls[$i]}")
      base=${base:-$(echo "$row" | cut -d'|' -f2)}
      awk -F'|' -v d="$database" -v r="$round" -v b="$base" '{ printf "%s|%s|%s|%s|%s|%s|%.0f\n", d, $1, r, $2, $3, $4, 100 * $2 / b }' <<<"$row"
    done
  done
  bench_stop_server
}

# Not in a command substitution: a subshell would run the exit commands (and stop PostgreSQL) when it ends.
log "SQLite"
measure SQLite >"$pg_dir/sqlite.txt"
log "PostgreSQL"
as_postgres "psql -h 127.0.0.1 -p $pg_port -U postgres -qc 'CREATE DATABASE sangam_bench'" >/dev/null
measure PostgreSQL --Database:Provider=Postgres \
  --Database:ConnectionString="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=sangam_bench" >"$pg_dir/postgres.txt"

# summary < rows — per endpoint: median requests/s, p50 and p99 of the rounds, median share of the round's baseline.
summary() {
  awk -F'|' '
    { key = $1 "|" $2; if (!(key in n)) order[++keys] = key; n[key]++; rps[key, n[key]] = $4; p50[key, n[key]] = $5; p99[key, n[key]] = $6; pct[key, n[key]] = $7 }
    function median(a, k, c,   i, j, t, v) { for (i = 1; i <= c; i++) v[i] = a[k, i] + 0
      for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
      return c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
    END { for (i = 1; i <= keys; i++) { k = order[i]; split(k, part, "|")
      printf "| %s | %s | %.0f | %.2f | %.2f | %.0f %% |\n", part[1], part[2], median(rps, k, n[k]), median(p50, k, n[k]), median(p99, k, n[k]), median(pct, k, n[k]) } }'
}

{
  echo "# Database reads"
  echo
  echo "$(bench_machine)"
  echo
  echo "wrk, 2 threads, $connections connections, $duration per measurement, $rounds rounds per database; each round measures every"
  echo "endpoint once and compares it with that round's \`/health/live\`. Medians of the rounds. Release build, sandbox"
  echo "mode; PostgreSQL 15 on this machine (fsync off). wrk runs on the same cores as the server."
  echo
  echo "Load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (the run itself adds about 3)."
  echo
  echo "| Database | Endpoint | Requests/s | p50 ms | p99 ms | vs baseline |"
  echo "|---|---|---:|---:|---:|---:|"
  summary <"$pg_dir/sqlite.txt"
  summary <"$pg_dir/postgres.txt"
  echo
  echo "Goal: every one-row read at no less than 50 % of the baseline's requests/s."
} | tee results/db-reads.md
