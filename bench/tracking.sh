#!/usr/bin/env bash
# SIM tracking benchmark: bulk location of 500 drivers against the Airtel emulator at 300 ms latency with 7 % 502s
# (wall time, every mobile accounted for, upstream calls per mobile), then single location from a fresh stored
# position against /health/live in the same run. Writes bench/results/tracking.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh
ensure_packages jq

drivers=${BENCH_DRIVERS:-500}
runs=${BENCH_RUNS:-3}
duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}
fresh_for=30   # seconds a stored position is served without the operator; cold runs wait this out

# Consent answered at once so the setup is quick; the emulator's own random failures off: the faults below are the load.
load=$(cut -d' ' -f1-3 /proc/loadavg)
bench_start_server \
  --Sandbox:Airtel:ConsentAnswerDelay=00:00:00 --Sandbox:Airtel:NetworkFailureRate=0 --Sandbox:Airtel:RateLimitRate=0 \
  --Tracking:Consent:FirstCheckAfter=00:00:01 --Tracking:Consent:ScanInterval=00:00:00.200 \
  --Tracking:FreshFor=00:00:$fresh_for
token=$(bench_login demo sangam-demo)
auth="Authorization: JWT $token"
api="$BENCH_URL/api/v2/sim-tracking"

log "Adding $drivers drivers"
# Numbers ending in 0-5: the emulator's drivers who allow.
mobiles=$(for i in $(seq 1 "$drivers"); do printf '9%08d%d\n' "$(( (RANDOM * 32768 + RANDOM) % 100000000 ))" "$((i % 6))"; done | sort -u)
echo "$mobiles" | xargs -P 8 -I{} curl -fs -o /dev/null -X POST "$api/drivers/" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"mobile": "{}", "driver_name": "Bench Driver"}'
count=$(echo "$mobiles" | wc -l)
for _ in $(seq 1 120); do
  allowed=$(curl -fs "$api/drivers/?consent_status=ALLOWED&page_size=1" -H "$auth" | jq '.response[0].response.count')
  [ "$allowed" -ge "$count" ] && break
  sleep 1
done
[ "$allowed" -ge "$count" ] || { echo "Only $allowed of $count drivers reached ALLOWED consent" >&2; exit 1; }

curl -fs -X PUT "$BENCH_URL/sandbox/_faults/airtel" -H 'Content-Type: application/json' \
  -d '{"latency_ms": 300, "error_rate": 0.07, "error_status": 502}' >/dev/null
body=$(echo "$mobiles" | jq -R . | jq -s '{mobiles: .}')
location_calls() { curl -fs "$BENCH_URL/sandbox/airtel/_stats" | jq '.calls.getLocationUsingGET_3 // 0'; }

# bulk_run <label> — prints "label|wall s|results|located|not located|upstream calls per mobile"
bulk_run() {
  local before after started finished answer
  before=$(location_calls)
  started=$(date +%s.%N)
  answer=$(curl -fs -X POST "$api/location/bulk" -H "$auth" -H 'Content-Type: application/json' -d "$body")
  finished=$(date +%s.%N)
  after=$(location_calls)
  local results located
  results=$(echo "$answer" | jq '.response | length')
  located=$(echo "$answer" | jq '[.response[] | select(.response.status == "located")] | length')
  local others
  others=$(echo "$answer" | jq -r '[.response[] | select(.response.status != "located") | .response.status] | group_by(.) | map("\(length) \(.[0])") | join(", ")')
  awk -v l="$1" -v s="$started" -v f="$finished" -v r="$results" -v o="$located" -v x="${others:-none}" -v b="$before" -v a="$after" -v n="$count" \
    'BEGIN { printf "%s|%.2f|%d of %d|%d|%s|%.3f\n", l, f - s, r, n, o, x, (a - b) / n }'
}

log "Bulk location, $runs cold runs"
rows=()
for run in $(seq 1 "$runs"); do
  [ "$run" -gt 1 ] && sleep $((fresh_for + 1))
  rows+=("$(bulk_run "cold run $run (operator asked)")")
done
rows+=("$(bulk_run "warm (stored positions fresh)")")

log "Single location from a fresh stored position vs /health/live"
one=$(echo "$mobiles" | head -n 1)
curl -fs -o /dev/null "$api/drivers/$one/location" -H "$auth"
wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
wrk -t2 -c8 -d2s -H "$auth" "$api/drivers/$one/location" >/dev/null
health=$(bench_wrk "GET /health/live (baseline)" -t2 -c"$connections" -d"$duration" "$BENCH_URL/health/live")
me=$(bench_wrk "GET /api/v2/users/me/ (reference: JWT, no database)" -t2 -c"$connections" -d"$duration" -H "$auth" "$BENCH_URL/api/v2/users/me/")
usage=$(bench_wrk "GET /api/v2/usage/ (reference: JWT and a database query)" -t2 -c"$connections" -d"$duration" -H "$auth" "$BENCH_URL/api/v2/usage/")
single=$(bench_wrk "GET /api/v2/sim-tracking/drivers/{mobile}/location (fresh stored position)" -t2 -c"$connections" -d"$duration" -H "$auth" "$api/drivers/$one/location")
base=$(echo "$health" | cut -d'|' -f2)
ratio() { awk -v a="$(echo "$1" | cut -d'|' -f2)" -v b="$base" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }

{
  echo "# SIM tracking benchmark"
  echo
  echo "$(bench_machine)"
  echo
  echo "Release build, sandbox mode, SQLite. The Airtel emulator runs in the same process and answers every call after"
  echo "300 ms, failing 7 % of them with 502 (\`PUT /sandbox/_faults/airtel\`). The connector allows 64 concurrent calls"
  echo "to the operator and retries a failed location up to 3 times; upstream calls are counted by the emulator."
  echo
  echo "## Bulk location of $count drivers (goal: at most 5 s, every mobile accounted for)"
  echo
  echo "| Run | Wall time s | Results | Located | Not located | Upstream calls per mobile |"
  echo "|---|---:|---:|---:|---|---:|"
  for row in "${rows[@]}"; do
    IFS='|' read -r label wall results located others calls <<<"$row"
    echo "| $label | $wall | $results | $located | $others | $calls |"
  done
  echo
  echo "## Single location served from a fresh stored position"
  echo
  echo "wrk, 2 threads, $connections connections, $duration each; wrk runs on the same cores as the server. The location"
  echo "checks the consent and reads the latest position in one query, then answers without an operator call."
  echo "Load average when the run started: $load."
  echo
  echo "| Endpoint | Requests/s | p50 ms | p99 ms | vs baseline |"
  echo "|---|---:|---:|---:|---:|"
  for row in "$health" "$me" "$usage" "$single"; do
    echo "| $(echo "$row" | cut -d'|' -f1) | $(echo "$row" | cut -d'|' -f2) | $(echo "$row" | cut -d'|' -f3) | $(echo "$row" | cut -d'|' -f4) | $(ratio "$row") |"
  done
} | tee results/tracking.md
