# Shared by the benchmark scripts. Source it from a script under bench/.
# Starts a Release server in sandbox mode on a free port with its own data directory, and measures with wrk.

bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$bench_root/scripts/lib.sh"

# bench_at_exit <command> — runs the command when the script exits, after those registered before it.
bench_exit_commands=()
bench_at_exit() {
  bench_exit_commands+=("$1")
  trap 'for c in "${bench_exit_commands[@]}"; do eval "$c"; done' EXIT
}

# bench_build — builds the Release server once per script run.
bench_build() {
  [ -n "${bench_built:-}" ] && return 0
  ensure_dotnet
  ensure_packages "${SANGAM_RUNTIME_PACKAGES[@]}" "${SANGAM_BENCH_PACKAGES[@]}"
  ensure_line_model
  dotnet build "$bench_root/src/Sangam.Api" -c Release -nologo -v q -clp:ErrorsOnly >&2
  bench_built=1
}

# bench_start_server [--Section:Key=value ...] — exports BENCH_URL and BENCH_DATA; the server stops at
# bench_stop_server or when the script exits.
bench_start_server() {
  bench_build
  local bin="$bench_root/src/Sangam.Api/bin/Release/net10.0"
  BENCH_DATA=$(mktemp -d /tmp/sangam-bench.XXXXXX)
  local port=$(( 30000 + RANDOM % 20000 ))
  export BENCH_URL="http://127.0.0.1:$port"
  dotnet "$bin/Sangam.Api.dll" --contentRoot "$bin" --urls "$BENCH_URL" \
    --Sangam:Mode=Sandbox --Sangam:DataDirectory="$BENCH_DATA" \
    --Logging:LogLevel:Default=Warning \
    --RateLimits:DefaultPerAccountPerMinute=10000000 \
    --Auth:LoginRequestsPerMinutePerAddress=1000000 \
    "$@" >"$BENCH_DATA/server.log" 2>&1 &
  BENCH_PID=$!
  bench_at_exit bench_stop_server
  # Up to five minutes: a shared machine under load starts slowly.
  for _ in $(seq 1 600); do
    curl -fs "$BENCH_URL/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  cat "$BENCH_DATA/server.log" >&2
  echo "The server did not become ready" >&2
  exit 1
}

# bench_stop_server — stops the server bench_start_server started and removes its data directory.
bench_stop_server() {
  [ -n "${BENCH_PID:-}" ] || return 0
  kill "$BENCH_PID" 2>/dev/null
  wait "$BENCH_PID" 2>/dev/null || true
  rm -rf "$BENCH_DATA"
  BENCH_PID=
}

# bench_login <username> <password> — prints an access token.
bench_login() {
  curl -fs -X POST "$BENCH_URL/api/v2/token-auth/" -H 'Content-Type: application/json' \
    -d "{\"username\": \"$1\", \"password\": \"$2\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

# bench_machine — a markdown paragraph describing this machine.
bench_machine() {
  local cpu cores mem
  cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
  cores=$(grep -c ^processor /proc/cpuinfo)
  mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1024/1024}' /proc/meminfo)
  echo "Machine: $cpu, $cores cores, $mem RAM; $(. /etc/os-release && echo "$PRETTY_NAME"); .NET $(dotnet --version); $(wrk --version 2>&1 | head -n1 | cut -d' ' -f1-2). Date: $(date -u +%Y-%m-%d)."
}

# bench_wrk <label> <wrk arguments...> — runs wrk with latency statistics and prints "label|req/s|p50 ms|p99 ms".
bench_wrk() {
  local label=$1; shift
  local out
  out=$(wrk --latency "$@" 2>&1)
  if echo "$out" | grep -q 'Non-2xx or 3xx responses'; then
    echo "$label: wrk saw error responses; the numbers would measure failures:" >&2
    echo "$out" >&2
    exit 1
  fi
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  echo "$label|$rps|$(bench_ms "$p50")|$(bench_ms "$p99")"
}

# bench_ms <wrk duration like 1.23ms / 850.00us / 1.02s> — prints milliseconds.
bench_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
    else { print v } }'
}
