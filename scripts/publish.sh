#!/usr/bin/env bash
# Builds the self-contained linux-x64 release: the server, ./sangam-admin and the sangam CLI with their own .NET
# runtime, a README of the Debian packages they need, LICENSE, NOTICE and the deployment files.
#   scripts/publish.sh [--version V]
# Writes artifacts/sangam-linux-x64/ (the release folder) and artifacts/sangam-<version>-linux-x64.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

version=${SANGAM_VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift ;;
    --version=*) version=${1#--version=} ;;
    *) echo "usage: scripts/publish.sh [--version V]" >&2; exit 2 ;;
  esac
  shift
done

ensure_dotnet
ensure_line_model
started=$(date +%s)
artifacts=$PWD/artifacts
release=$artifacts/sangam-linux-x64
tarball=$artifacts/sangam-$version-linux-x64.tar.gz
staging=$(mktemp -d /tmp/sangam-publish.XXXXXX)
trap 'rm -rf "$staging"' EXIT

publish() { # <project> <output folder>
  dotnet publish "$1" -c Release -r linux-x64 --self-contained -nologo -v q -clp:ErrorsOnly \
    -p:PublishDocumentationFiles=false -o "$2"
}
log "Publishing the server (self-contained linux-x64)"
publish src/Sangam.Api "$staging/server"
log "Publishing the sangam CLI (self-contained linux-x64)"
publish src/Sangam.Cli "$staging/cli"

# Both programs carry the same runtime and shared libraries: keep one copy of each file, and only when the two
# copies are identical (a difference would mean one program runs on the other's version of a library).
rm -rf "$release"
mkdir -p "$release"
cp -a "$staging/server" "$release/bin"
(cd "$staging/cli" && find . -type f -printf '%P\n') | while IFS= read -r file; do
  if [ -e "$release/bin/$file" ]; then
    cmp -s "$staging/cli/$file" "$release/bin/$file" || { echo "The server and the CLI ship different $file" >&2; exit 1; }
  else
    mkdir -p "$(dirname "$release/bin/$file")"
    cp -a "$staging/cli/$file" "$release/bin/$file"
  fi
done
# Development settings switch the server to sandbox mode (emulators, demo logins): never part of a release.
rm -f "$release/bin/appsettings.Development.json"

cp deploy/release/README.md deploy/release/sangam deploy/release/sangam-admin LICENSE NOTICE "$release/"
echo "$version" >"$release/VERSION"
mkdir -p "$release/deploy" "$release/docs" "$release/licenses"
cp -r deploy/systemd deploy/nginx deploy/docker "$release/deploy/"
cp README.md "$release/docs/README.md"

# The self-contained runtime's own third-party notices travel with it.
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
for pack in Microsoft.NETCore.App Microsoft.AspNetCore.App; do
  runtime_version=$(grep -o "\"runtimepack.$pack.Runtime.linux-x64/[^\"]*\"" "$release/bin/Sangam.Api.deps.json" | head -n1 | sed 's/.*\///; s/"//')
  notices=$(find "$packages/${pack,,}.runtime.linux-x64/$runtime_version" -maxdepth 1 -iname 'THIRD-PARTY-NOTICES.TXT' | head -n1)
  [ -n "$notices" ] || { echo "No third-party notices found for $pack $runtime_version" >&2; exit 1; }
  name=${pack#Microsoft.}; name=${name%.App}
  cp "$notices" "$release/licenses/${name,,}-runtime-THIRD-PARTY-NOTICES.TXT"
done

log "Packing $(basename "$tarball")"
rm -f "$artifacts"/sangam-*-linux-x64.tar.gz
tar -C "$artifacts" --owner=0 --group=0 --transform "s,^sangam-linux-x64,sangam-$version-linux-x64," \
  -czf "$tarball" sangam-linux-x64

cat <<DONE

  Release $version (linux-x64, self-contained) in $(( $(date +%s) - started )) s
    folder    $release  ($(du -sh "$release" | cut -f1))
    tarball   $tarball  ($(du -h "$tarball" | cut -f1))
    server    bin/Sangam.Api      operator commands  ./sangam-admin      CLI  ./sangam
    Debian packages it needs at run time: README.md in the folder.

DONE
