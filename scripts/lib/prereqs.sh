# Checks for what the scripts need; installs Debian packages when root, else names the exact command. Sourced.
prereq_log() { echo "prereqs: $*" >&2; }

apt_install() {
  local packages=("$@")
  if [ "$(id -u)" -ne 0 ]; then
    prereq_log "missing: ${packages[*]}. Install them as root:"
    prereq_log "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages[*]}"
    exit 1
  fi
  prereq_log "installing ${packages[*]} (Debian packages)..."
  if [ -z "${MAPDASH_APT_UPDATED:-}" ]; then apt-get update -qq >&2; export MAPDASH_APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
}

need_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    prereq_log "the .NET 10 SDK is missing. Install it (https://learn.microsoft.com/dotnet/core/install/linux-debian):"
    prereq_log "  apt-get install -y dotnet-sdk-10.0   (after adding Microsoft's package feed), or the dotnet-install script"
    exit 1
  fi
}

need_node() { command -v npm >/dev/null 2>&1 || apt_install nodejs npm; }

need_chromium() { [ -x /usr/bin/chromium ] || apt_install chromium; }

need_haproxy() { command -v haproxy >/dev/null 2>&1 || apt_install haproxy; }
# GDAL 3.6's OAPIF driver and ogr2ogr: the OGC API tests read the API with them.
need_gdal() { [ -x /usr/bin/ogrinfo ] && [ -x /usr/bin/ogr2ogr ] || apt_install gdal-bin; }

need_docker_compose() { command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose; }

# Chromium and ASP.NET's key store write under $HOME; give them one that is writable.
ensure_writable_home() {
  if [ -z "${HOME:-}" ] || ! [ -w "$HOME" ]; then
    export HOME="${TMPDIR:-/tmp}/mapdash-home-$(id -u)"
    mkdir -p "$HOME"
  fi
}
