#!/usr/bin/env bash
# Platform benchmark: /health/live (this machine's baseline), authenticated JSON endpoints, and login, all in one
# run against a Release server. Writes bench/results/core.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
bench_start_server
token=$(bench_login demo sangam-demo)
auth="Authorization: JWT $token"

# Warm up JIT and caches.
wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
wrk -t2 -c8 -d2s -H "$auth" "$BENCH_URL/api/v2/users/me/" >/dev/null
wrk -t2 -c8 -d2s -H "$auth" "$BENCH_URL/api/v2/usage/" >/dev/null

health=$(bench_wrk "GET /health/live (baseline)" -t2 -c"$connections" -d"$duration" "$BENCH_URL/health/live")
me=$(bench_wrk "GET /api/v2/users/me/ (JWT)" -t2 -c"$connections" -d"$duration" -H "$auth" "$BENCH_URL/api/v2/users/me/")
usage=$(bench_wrk "GET /api/v2/usage/ (JWT, database)" -t2 -c"$connections" -d"$duration" -H "$auth" "$BENCH_URL/api/v2/usage/")
login=$(BODY='{"username": "demo", "password": "sangam-demo"}' bench_wrk "POST /api/v2/token-auth/ (PBKDF2)" -t2 -c8 -d"$duration" -s scripts/post-json.lua "$BENCH_URL/api/v2/token-auth/")

base=$(echo "$health" | cut -d'|' -f2)
ratio() { awk -v a="$(echo "$1" | cut -d'|' -f2)" -v b="$base" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }

{
  echo "# Platform benchmark"
  echo
  echo "$(bench_machine)"
  echo
  echo "wrk, 2 threads, $connections connections ($duration each; login: 8 connections), sandbox mode, SQLite, Release build; wrk runs on the same cores as the server."
  echo
  echo "Load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) (the run itself adds about 3; more means other work shared the cores)."
  echo
  echo "| Endpoint | Requests/s | p50 ms | p99 ms | vs baseline |"
  echo "|---|---:|---:|---:|---:|"
  for row in "$health" "$me" "$usage" "$login"; do
    echo "| $(echo "$row" | cut -d'|' -f1) | $(echo "$row" | cut -d'|' -f2) | $(echo "$row" | cut -d'|' -f3) | $(echo "$row" | cut -d'|' -f4) | $(ratio "$row") |"
  done
  echo
  echo "Goal: an authenticated JSON endpoint at no less than 50 % of the baseline's requests/s."
} | tee results/core.md
