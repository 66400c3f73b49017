#!/usr/bin/env bash
# Cluster benchmark: cached VAHAN lookups (requests/s) through nginx (deploy/nginx/sangam.conf, TLS) to 1, 2 and 3
# nodes of the release sharing PostgreSQL and Redis, and nginx's own cost: one node through nginx against the same
# node called directly. Runs scripts/cluster.sh --sandbox --nodes 3 and measures inside it, changing the nginx upstream
# between runs; the measurements alternate for BENCH_ROUNDS rounds, so load from elsewhere on the machine hits all.
# Writes bench/results/cluster.md.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

if [ "${1:-}" != --inside ]; then
  ensure_packages "${SANGAM_BENCH_PACKAGES[@]}"
  # As the other benchmarks: request log lines at Information would cost the nodes more than the lookups do.
  export Logging__LogLevel__Default=Warning
  exec "$bench_root/scripts/cluster.sh" --sandbox --nodes 3 -- "$PWD/cluster.sh" --inside
fi

duration=${BENCH_DURATION:-5s}
connections=${BENCH_CONNECTIONS:-32}
rounds=${BENCH_ROUNDS:-3}
read -r -a nodes <<<"$SANGAM_CLUSTER_NODES"
work=$(dirname "$SANGAM_CLUSTER_LOGS")
release=$bench_root/artifacts/sangam-linux-x64

# A demo account whose limit never interferes: the bench measures answers, not 429s.
"$release/sangam-admin" accounts rate-limit demo 10000000 >/dev/null
token=$(curl -fsk -X POST "$SANGAM_CLUSTER_URL/api/v2/token-auth/" -H 'Content-Type: application/json' \
  -d '{"username": "demo", "password": "sangam-demo"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
export AUTH="JWT $token"
export BODY='{"vehiclenumber": "MH12NW4402"}'
path=/api/v2/sbt/VAHAN/

# nginx's upstream: the first <count> nodes, the rest of deploy/nginx/sangam-upstream.conf as it is.
use_nodes() { # <count>
  local lines="" i
  for i in $(seq 0 $(( $1 - 1 ))); do lines+="    server ${nodes[$i]#http://} max_fails=3 fail_timeout=10s;\\n"; done
  awk -v nodes="$lines" '/^ *server / { if (!done) printf "%s", nodes; done = 1; next } { print }' \
    "$bench_root/deploy/nginx/sangam-upstream.conf" >"$work/nginx/sangam-upstream.conf"
  nginx -s reload -c "$work/nginx/nginx.conf"
  sleep 1
}

field() { echo "$1" | cut -d'|' -f"$2"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Warm-up: every node answers once from the upstream or the database, then runs hot.
for node in "${nodes[@]}"; do
  curl -fs -X POST "$node$path" -H "Authorization: $AUTH" -H 'Content-Type: application/json' -d "$BODY" >/dev/null
  wrk -t2 -c8 -d2s -s scripts/post-json.lua "$node$path" >/dev/null
done

declare -A samples
rows=()
for round in $(seq "$rounds"); do
  direct=$(bench_wrk "node 1 directly (HTTP), round $round" -t2 -c"$connections" -d"$duration" -s scripts/post-json.lua "${nodes[0]}$path")
  rows+=("$direct")
  samples[direct]+="$(field "$direct" 2) "
  for count in 1 2 3; do
    use_nodes "$count"
    proxied=$(bench_wrk "nginx (TLS) to $count node(s), round $round" -t2 -c"$connections" -d"$duration" -s scripts/post-json.lua "$SANGAM_CLUSTER_URL$path")
    rows+=("$proxied")
    samples[$count]+="$(field "$proxied" 2) "
  done
done

med() { printf '%s\n' ${samples[$1]} | median; }
share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", 100 * a / b }'; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Cluster: nodes behind nginx"
  echo
  bench_machine
  echo "Load average at the end: $load (other builds and tests shared the cores)."
  echo
  echo "\`bench/cluster.sh\`: \`scripts/cluster.sh --sandbox --nodes 3\` (release build, PostgreSQL, Redis, nginx with"
  echo "\`deploy/nginx/sangam.conf\` over TLS on loopback), cached \`POST $path\` of the demo account, $connections connections, $duration"
  echo "per run, $rounds rounds alternating all five runs. Each request passes the global per-account limit in Redis. nginx,"
  echo "the nodes, PostgreSQL, Redis and wrk share the same 2 cores: a second or third node adds no cores here, so these"
  echo "numbers show what the proxy and the sharing cost, not how far more machines scale."
  echo
  echo "| Run | requests/s | p50 ms | p99 ms |"
  echo "|---|---|---|---|"
  for row in "${rows[@]}"; do echo "| $(field "$row" 1) | $(field "$row" 2) | $(field "$row" 3) | $(field "$row" 4) |"; done
  echo
  echo "| Medians | requests/s | share of node 1 directly |"
  echo "|---|---|---|"
  echo "| node 1 directly (baseline) | $(med direct) | 100 % |"
  for count in 1 2 3; do echo "| nginx (TLS) to $count node(s) | $(med "$count") | $(share "$(med "$count")" "$(med direct)") % |"; done
} | tee "$bench_root/bench/results/cluster.md"
