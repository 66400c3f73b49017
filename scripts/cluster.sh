#!/usr/bin/env bash
# A whole deployment on this machine's loopback ports: a throwaway PostgreSQL, Redis, three Sangam nodes of the
# release build (scripts/publish.sh) and nginx in front of them with deploy/nginx/sangam.conf and a self-signed
# certificate. Prints the URLs and stops everything on exit (Ctrl-C).
#   scripts/cluster.sh [--sandbox] [--nodes N] [-- command ...]
# Production mode by default, set up as "Running in production" in the README says (generated signing key, schema
# migrated once by sangam-admin before the nodes start, an account made with sangam-admin). --sandbox runs the
# emulators and the demo account instead, for trying lookups without upstream credentials; every node then uses node
# 1's emulators. With "-- command", runs the command once everything is ready (SANGAM_CLUSTER_URL, SANGAM_CLUSTER_NODES,
# SANGAM_CLUSTER_USER, SANGAM_CLUSTER_PASSWORD and SANGAM_CLUSTER_LOGS in its environment), then stops the cluster and
# exits with the command's status.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

mode=Production
nodes=3
command=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sandbox) mode=Sandbox ;;
    --nodes) nodes=$2; shift ;;
    --) shift; command=("$@"); break ;;
    *) echo "usage: scripts/cluster.sh [--sandbox] [--nodes N] [-- command ...]" >&2; exit 2 ;;
  esac
  shift
done

ensure_dotnet
ensure_packages "${SANGAM_RUNTIME_PACKAGES[@]}" postgresql redis-server nginx
ensure_line_model
release=$PWD/artifacts/sangam-linux-x64
if [ ! -f "$release/VERSION" ] || [ -n "$(find src Directory.Packages.props \( -name bin -o -name obj \) -prune -o \
    \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name 'appsettings*.json' \) -newer "$release/VERSION" -print -quit)" ]; then
  scripts/publish.sh
fi

# --- Ports and the working folder, removed on exit ------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for _ in $(seq 1 20); do
  base=$(( 20000 + RANDOM % 20000 ))
  ports=$(seq "$base" $(( base + 3 + nodes )))
  busy=0
  for port in $ports; do port_in_use "$port" && busy=1; done
  [ "$busy" -eq 0 ] && break
done
postgres_port=$base redis_port=$(( base + 1 )) http_port=$(( base + 2 )) https_port=$(( base + 3 ))
node_ports=$(seq $(( base + 4 )) $(( base + 3 + nodes )))

work=$(mktemp -d /tmp/sangam-cluster.XXXXXX)
# PostgreSQL and nginx's workers run as other users and reach their folders through this one.
chmod 711 "$work"
mkdir -p "$work/postgres" "$work/log" "$work/nginx" "$work/tls" "$work/data"
pids=()
stop_all() {
  trap - EXIT INT TERM
  set +e
  log "Stopping the cluster"
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  stop_postgres "$work/postgres"
  rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_ready() { # <url> <name> <pid>
  for _ in $(seq 1 240); do
    curl -fsk "$1/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$3" 2>/dev/null || { echo "$2 stopped while starting; its log:" >&2; tail -n 40 "$work/log/$2.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$2 was not ready after 120 s; its log:" >&2
  tail -n 40 "$work/log/$2.log" >&2
  exit 1
}

# --- PostgreSQL and Redis -------------------------------------------------------------------------------------------
log "Starting PostgreSQL on 127.0.0.1:$postgres_port"
start_postgres "$work/postgres" "$postgres_port" "-c max_connections=300"
psql -q -h 127.0.0.1 -p "$postgres_port" -U postgres -d postgres \
  -c "CREATE ROLE sangam LOGIN PASSWORD 'sangam-cluster'" -c "CREATE DATABASE sangam OWNER sangam"

log "Starting Redis on 127.0.0.1:$redis_port"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --logfile "$work/log/redis.log" &
pids+=($!)

# --- Settings every node shares, as /etc/sangam/sangam.env holds them in production ---------------------------------
export Sangam__Mode=$mode
export Database__Provider=Postgres
export Database__ConnectionString="Host=127.0.0.1;Port=$postgres_port;Database=sangam;Username=sangam;Password=sangam-cluster"
export Database__MigrateOnStart=false
Auth__SigningKeys__0__Id="cluster-$(date +%Y%m%d%H%M%S)"
Auth__SigningKeys__0__Secret=$(openssl rand -base64 48)
export Auth__SigningKeys__0__Id Auth__SigningKeys__0__Secret
# Shared state across nodes: rate limits, revocation push, single flight.
export Redis__Configuration="127.0.0.1:$redis_port"
# nginx reaches the nodes from loopback: its X-Forwarded-For carries each client's address.
export ForwardedHeaders__KnownProxies=127.0.0.1
export ASPNETCORE_CONTENTROOT=$release/bin
# One data folder for all nodes: in sandbox mode the first node generates the emulators' keys there for every node.
export Sangam__DataDirectory=$work/data
# sangam-admin reads only the variables above, never an installed /etc/sangam/sangam.env.
export SANGAM_ENV_FILE=$work/no-env-file

log "Migrating the database (sangam-admin migrate)"
# On a new database EF Core logs one failed SELECT of __EFMigrationsHistory before creating it: kept in the log.
"$release/sangam-admin" migrate >"$work/log/migrate.log" 2>&1 || { cat "$work/log/migrate.log" >&2; exit 1; }

# --- Nodes: the first alone (sandbox seeds run once), then the others together ----------------------------------------
node_urls=()
start_node() { # <number> <port>
  local name=node$1 url=http://127.0.0.1:$2 emulators=
  # In sandbox mode every node uses node 1's emulators, as every node of a real deployment uses the one ULIP and the
  # one operator: a consent asked through one node is then known to whichever node's consent process checks it.
  [ "$mode" = Sandbox ] && [ "$1" -gt 1 ] && emulators=${node_urls[0]}
  Sandbox__BaseUrl=$emulators ASPNETCORE_URLS=$url "$release/bin/Sangam.Api" >"$work/log/$name.log" 2>&1 &
  pids+=($!)
  node_pids+=($!)
  node_urls+=("$url")
}
node_pids=()
number=0
for port in $node_ports; do
  number=$((number + 1))
  log "Starting node $number on 127.0.0.1:$port ($mode mode)"
  start_node "$number" "$port"
  if [ "$number" -eq 1 ]; then wait_ready "${node_urls[0]}" node1 "${node_pids[0]}"; fi
done
for i in "${!node_urls[@]}"; do wait_ready "${node_urls[$i]}" "node$((i + 1))" "${node_pids[$i]}"; done

if [ "$mode" = Production ]; then
  password=$(openssl rand -base64 18)
  "$release/sangam-admin" accounts create cluster --name "Cluster Trial" --families vehicle,sim_tracking,ocr,mca,irn >/dev/null
  echo "$password" | "$release/sangam-admin" users add cluster cluster --email cluster@example.com >/dev/null
  user=cluster
  login="user \"cluster\", password \"$password\" (account with every API family)"
else
  user=demo password=sangam-demo
  login="user \"demo\", password \"sangam-demo\"   (admin: \"admin\" / \"sangam-admin\")"
fi

# --- nginx: deploy/nginx/sangam.conf on loopback ports, with a self-signed certificate -------------------------------
log "Starting nginx on 127.0.0.1:$https_port (TLS) and :$http_port"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
  -keyout "$work/tls/sangam.key" -out "$work/tls/sangam.crt" 2>/dev/null
# deploy/nginx/sangam-upstream.conf with this cluster's nodes in place of its example ones.
node_lines=$(for port in $node_ports; do printf '    server 127.0.0.1:%s max_fails=3 fail_timeout=10s;\\n' "$port"; done)
awk -v nodes="$node_lines" '/^ *server / { if (!done) printf "%s", nodes; done = 1; next } { print }' \
  deploy/nginx/sangam-upstream.conf >"$work/nginx/sangam-upstream.conf"
sed -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$https_port ssl;|" \
    -e "s|https://\$host\$request_uri|https://\$host:$https_port\$request_uri|" \
    -e "s|/etc/nginx/tls/|$work/tls/|" \
    -e "s|/var/log/nginx/|$work/log/|" \
    deploy/nginx/sangam.conf >"$work/nginx/sangam.conf"
temp=$work/nginx/temp
mkdir -p "$temp"
user_line=""
if [ "$(id -u)" -eq 0 ]; then
  # Workers drop root; they write request bodies (uploads) to the temp folder.
  chown nobody "$temp"
  chmod 711 "$work/nginx"
  user_line="user nobody nogroup;"
fi
cat >"$work/nginx/nginx.conf" <<NGINX
$user_line
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/log/nginx-error.log;
events {}
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $temp/body;
    proxy_temp_path $temp/proxy;
    fastcgi_temp_path $temp/fastcgi;
    uwsgi_temp_path $temp/uwsgi;
    scgi_temp_path $temp/scgi;
    include $work/nginx/sangam-upstream.conf;
    include $work/nginx/sangam.conf;
}
NGINX
nginx -t -q -c "$work/nginx/nginx.conf"
nginx -c "$work/nginx/nginx.conf"
cluster_url=https://127.0.0.1:$https_port
for _ in $(seq 1 20); do [ -f "$work/nginx/nginx.pid" ] && break; sleep 0.1; done
wait_ready "$cluster_url" nginx-error "$(cat "$work/nginx/nginx.pid")"

export SANGAM_CLUSTER_URL=$cluster_url
export SANGAM_CLUSTER_NODES="${node_urls[*]}"
export SANGAM_CLUSTER_USER=$user SANGAM_CLUSTER_PASSWORD=$password SANGAM_CLUSTER_LOGS=$work/log
cat <<BANNER

  Sangam cluster in $mode mode: $nodes nodes on one PostgreSQL database, behind nginx.
    API (nginx, TLS)  $cluster_url/api/v2/      self-signed certificate: curl -k, or --cacert $work/tls/sangam.crt
    API docs          $cluster_url/docs         (http://127.0.0.1:$http_port/ redirects to TLS)
    Nodes             ${node_urls[*]}
    PostgreSQL        $Database__ConnectionString
    Redis             $Redis__Configuration  (Redis__Configuration of every node)
    Login             $login
    Logs              $work/log/

    curl -sk -X POST $cluster_url/api/v2/token-auth/ -H 'Content-Type: application/json' -d '{"username": "...", "password": "..."}'
BANNER

if [ ${#command[@]} -gt 0 ]; then
  status=0
  "${command[@]}" || status=$?
  exit "$status"
fi
echo "  Ctrl-C stops everything."
echo
# Runs until interrupted, or until a node or Redis stops by itself.
set +e
wait -n "${pids[@]}"
echo "A process of the cluster stopped by itself; logs: $work/log/ (removed on exit)" >&2
tail -n 20 "$work"/log/node*.log >&2
exit 1
