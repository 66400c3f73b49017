# Shared by run.sh, test.sh and bench/run.sh. Source it; do not run it.

# Debian packages every part of Sangam needs at run time (OCR, PDF rendering) or for tests (PostgreSQL).
SANGAM_RUNTIME_PACKAGES=(tesseract-ocr libtesseract5 tesseract-ocr-eng tesseract-ocr-hin poppler-utils fonts-dejavu-core)
SANGAM_TEST_PACKAGES=(postgresql)
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

# Checks the .NET SDK is there; the SDK is the one prerequisite the scripts do not install.
ensure_dotnet() {
  command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net" >&2; exit 1; }
}

# OpenMP in Debian's Tesseract is 5-8x slower on few cores unless limited to one thread per engine.
export OMP_THREAD_LIMIT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
