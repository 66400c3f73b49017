#!/usr/bin/env bash
# Vehicle checks benchmark, in one run against a Release server in sandbox mode:
#   1. cached VAHAN lookups (requests/s) as a share of /health/live;
#   2. gateway overhead: the ULIP emulator at a fixed 200 ms, our p50 for uncached lookups minus 200 ms, and minus
#      the p50 of calling the emulator directly;
#   3. 50 concurrent identical uncached lookups: upstream calls made, counted by the emulator (/sandbox/ulip/_stats).
# Measurements alternate with their baseline for BENCH_ROUNDS rounds, so load from elsewhere on the machine hits both.
# Writes bench/results/vehicle.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

duration=${BENCH_DURATION:-5s}
connections=${BENCH_CONNECTIONS:-32}
rounds=${BENCH_ROUNDS:-3}
latency_ms=200

bench_start_server
token=$(bench_login demo sangam-demo)
export AUTH="JWT $token"
export BODY='{"vehiclenumber": "MH12NW4402"}'
vahan="$BENCH_URL/api/v2/sbt/VAHAN/"

field() { echo "$1" | cut -d'|' -f"$2"; }
row() { echo "| $(field "$1" 1) | $(field "$1" 2) | $(field "$1" 3) | $(field "$1" 4) |"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# 1. Cached lookups against the baseline (the first call fills the cache; the warm-up runs JIT).
curl -fs -X POST "$vahan" -H "Authorization: $AUTH" -H 'Content-Type: application/json' -d "$BODY" >/dev/null
wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
wrk -t2 -c8 -d2s -s scripts/post-json.lua "$vahan" >/dev/null
wrk -t2 -c8 -d2s -H "Authorization: $AUTH" "$BENCH_URL/api/v2/users/me/" >/dev/null
cached_rows=()
ratios=()
me_ratios=()
for round in $(seq "$rounds"); do
  health=$(bench_wrk "GET /health/live (baseline), round $round" -t2 -c"$connections" -d"$duration" "$BENCH_URL/health/live")
  me=$(bench_wrk "GET /api/v2/users/me/ (JWT only), round $round" -t2 -c"$connections" -d"$duration" -H "Authorization: $AUTH" "$BENCH_URL/api/v2/users/me/")
  cached=$(bench_wrk "POST /api/v2/sbt/VAHAN/ (cache hit), round $round" -t2 -c"$connections" -d"$duration" -s scripts/post-json.lua "$vahan")
  cached_rows+=("$health" "$me" "$cached")
  ratios+=("$(awk -v a="$(field "$cached" 2)" -v b="$(field "$health" 2)" 'BEGIN { printf "%.0f", 100 * a / b }')")
  me_ratios+=("$(awk -v a="$(field "$cached" 2)" -v b="$(field "$me" 2)" 'BEGIN { printf "%.0f", 100 * a / b }')")
done
ratio=$(printf '%s\n' "${ratios[@]}" | median)
me_ratio=$(printf '%s\n' "${me_ratios[@]}" | median)

# 2. Gateway overhead: one connection, so each sample is one request's own latency.
curl -fs -X PUT "$BENCH_URL/sandbox/_faults/ulip" -H 'Content-Type: application/json' -d "{\"latency_ms\": $latency_ms}" >/dev/null
ulip_token=$(curl -fs -X POST "$BENCH_URL/sandbox/ulip/ulip/v1.0.0/user/login" -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -d '{"username": "sangam-sandbox", "password": "ulip-sandbox-password"}' | sed 's/.*"id":"\([^"]*\)".*/\1/')
overhead_rows=()
overheads=()
over_directs=()
for round in $(seq "$rounds"); do
  direct=$(AUTH="Bearer $ulip_token" bench_wrk "POST ULIP emulator VAHAN/01 directly, round $round" -t1 -c1 -d"$duration" -H 'Accept: application/json' -s scripts/post-json.lua \
    "$BENCH_URL/sandbox/ulip/ulip/v1.0.0/VAHAN/01")
  gateway=$(bench_wrk "POST /api/v2/sbt/VAHAN/ (Cache-Control: no-cache), round $round" -t1 -c1 -d"$duration" -H 'Cache-Control: no-cache' \
    -s scripts/post-json.lua "$vahan")
  overhead_rows+=("$direct" "$gateway")
  overheads+=("$(awk -v p="$(field "$gateway" 3)" -v l="$latency_ms" 'BEGIN { printf "%.2f", p - l }')")
  over_directs+=("$(awk -v p="$(field "$gateway" 3)" -v d="$(field "$direct" 3)" 'BEGIN { printf "%.2f", p - d }')")
done
overhead=$(printf '%s\n' "${overheads[@]}" | median)
over_direct=$(printf '%s\n' "${over_directs[@]}" | median)

# 3. Single flight: 50 identical lookups at once of a vehicle this account has not looked up yet.
curl -fs -X DELETE "$BENCH_URL/sandbox/ulip/_stats" >/dev/null
statuses=$(seq 50 | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$vahan" -H "Authorization: $AUTH" \
  -H 'Content-Type: application/json' -d '{"vehiclenumber": "KA01AB1234"}' | sort | uniq -c | awk '{printf "%s × %s ", $1, $2}')
upstream_calls=$(curl -fs "$BENCH_URL/sandbox/ulip/_stats" | sed 's/.*"VAHAN\/01":\([0-9]*\).*/\1/')

{
  echo "# Vehicle checks benchmark"
  echo
  echo "$(bench_machine)"
  echo
  echo "Release build, sandbox mode, SQLite, wrk on the same cores as the server. The ULIP emulator runs inside the server and is"
  echo "reached over real HTTP by the same connector as production. Each measurement alternates with its baseline for $rounds rounds"
  echo "of $duration; the summary is the median round."
  echo
  echo "## Cached lookups"
  echo
  echo "wrk, 2 threads, $connections connections. Every VAHAN call after the first is answered from the in-memory level of the cache."
  echo
  echo "| Endpoint | Requests/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  for r in "${cached_rows[@]}"; do row "$r"; done
  echo
  echo "Cached lookups reach **$ratio %** of the baseline's requests/s (rounds: $(printf '%s %% ' "${ratios[@]}")), and **$me_ratio %** of the"
  echo "platform's lightest authenticated endpoint, \`/api/v2/users/me/\` (rounds: $(printf '%s %% ' "${me_ratios[@]}")). Goal: at least 50 % of the baseline."
  echo
  echo "## Gateway overhead"
  echo
  echo "The emulator answers after a fixed $latency_ms ms; wrk, 1 connection, so every sample is one request alone. Uncached calls"
  echo "(Cache-Control: no-cache) pass JWT checks, entitlement, validation, the connector's resilience pipeline and the ULIP envelope"
  echo "both ways; the cache's database write is queued and made after the answer."
  echo
  echo "| Path | Requests/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  for r in "${overhead_rows[@]}"; do row "$r"; done
  echo
  echo "Overhead at p50: **$overhead ms** over the emulator's $latency_ms ms, **$over_direct ms** over calling the emulator directly. Goal: at most 5 ms."
  echo
  echo "## Single flight"
  echo
  echo "50 concurrent identical VAHAN lookups of a vehicle not in the cache, emulator at $latency_ms ms: answers ${statuses% }; upstream calls counted by"
  echo "the emulator: **$upstream_calls**. Goal: 1."
} | tee results/vehicle.md
