#!/usr/bin/env bash
# Installs what is missing, builds in Release and starts the server (sandbox mode unless --production).
# Options pass through to the server, e.g. ./run.sh --urls http://127.0.0.1:9000
set -euo pipefail
cd "$(dirname "$0")"
source scripts/lib.sh

ensure_dotnet
ensure_packages "${SANGAM_RUNTIME_PACKAGES[@]}"
ensure_line_model

mode=Sandbox
url=http://localhost:8080
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --production) mode=Production ;;
    --urls) url=$2; args+=("$1" "$2"); shift ;;
    --urls=*) url=${1#--urls=}; args+=("$1") ;;
    *) args+=("$1") ;;
  esac
  shift
done
url=${url%%;*}

log "Building (Release)"
build_release src/Sangam.Api || exit 1
bin="$PWD/src/Sangam.Api/bin/Release/net10.0"

dotnet "$bin/Sangam.Api.dll" --contentRoot "$bin" --Sangam:Mode="$mode" --urls "$url" "${args[@]}" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' INT TERM EXIT

probe=${url/0.0.0.0/127.0.0.1}
probe=${probe/\[::\]/127.0.0.1}
probe=${probe/+/127.0.0.1}
for _ in $(seq 1 120); do
  curl -fs "$probe/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { wait "$server"; exit $?; }
  sleep 0.5
done

cat <<BANNER

  Sangam is running in $mode mode.
    API base URL   $url/api/v2/
    API docs       $url/docs
    OpenAPI        $url/openapi/v1.json
BANNER
if [ "$mode" = Sandbox ]; then
cat <<BANNER
    Demo login     username "demo", password "sangam-demo"   (admin: "admin" / "sangam-admin")

    curl -s -X POST $url/api/v2/token-auth/ -H 'Content-Type: application/json' \\
         -d '{"username": "demo", "password": "sangam-demo"}'
BANNER
fi
echo
wait "$server"
