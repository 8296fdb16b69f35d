# Functions behind scripts/db; sourced, not run. Logs go to stderr so stdout carries only the connection string.
PG_VERSION_WANTED=15
PG_BIN=/usr/lib/postgresql/$PG_VERSION_WANTED/bin
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
checkout_key=$(printf '%s' "$repo_root" | sha1sum | cut -c1-10)
DB_PORT=${MAPDASH_DB_PORT:-55432}
DB_DIR=${MAPDASH_DB_DIR:-/var/tmp/mapdash-db-$checkout_key-$DB_PORT}
DB_DATA=$DB_DIR/data
DB_SOCK=$DB_DIR/sock
DB_LOG=$DB_DIR/postgres.log
DB_NAME=mapdash
DB_USER=mapdash

log() { echo "db: $*" >&2; }

pg_ensure_installed() {
  if [ -x "$PG_BIN/initdb" ] && [ -f "/usr/share/postgresql/$PG_VERSION_WANTED/extension/postgis.control" ]; then
    return 0
  fi
  local install="apt-get update && apt-get install -y --no-install-recommends postgresql-$PG_VERSION_WANTED postgresql-$PG_VERSION_WANTED-postgis-3"
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL $PG_VERSION_WANTED with PostGIS 3 is missing. Install it as root:"
    log "  sudo sh -c '$install'"
    exit 1
  fi
  log "installing PostgreSQL $PG_VERSION_WANTED + PostGIS 3 (Debian packages)..."
  DEBIAN_FRONTEND=noninteractive sh -c "$install" >&2
}

# Run a PostgreSQL binary as the cluster owner: postgres when we are root (initdb refuses root), else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_running() { as_owner "$PG_BIN/pg_ctl" -D "$DB_DATA" status >/dev/null 2>&1; }

pg_init() {
  if [ -d "$DB_DATA" ] && [ ! -f "$DB_DATA/PG_VERSION" ]; then
    log "removing an unfinished initdb in $DB_DATA (it holds no data)"
    rm -rf "$DB_DATA"
  fi
  [ -f "$DB_DATA/PG_VERSION" ] && return 0
  log "creating cluster in $DB_DATA (port $DB_PORT)"
  mkdir -p "$DB_DIR" "$DB_SOCK"
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$DB_DIR"
  chmod 755 "$DB_DIR"
  as_owner "$PG_BIN/initdb" -D "$DB_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $DB_PORT"
    echo "unix_socket_directories = '$DB_SOCK'"
    if [ "${MAPDASH_DB_THROWAWAY:-0}" = 1 ]; then
      echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"
    fi
  } | as_owner tee -a "$DB_DATA/postgresql.conf" >/dev/null
}

pg_start() {
  pg_init
  mkdir -p "$DB_SOCK"; [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DB_SOCK" "$DB_DIR"
  if pg_running; then
    log "cluster already running on 127.0.0.1:$DB_PORT"
  else
    # A postmaster.pid left by a killed server is checked and cleared by pg_ctl itself.
    if ! as_owner "$PG_BIN/pg_ctl" -D "$DB_DATA" -l "$DB_LOG" -w -t 60 start >/dev/null; then
      log "the cluster in $DB_DATA did not start; its log says:"
      tail -n 20 "$DB_LOG" >&2 || true
      log "it is left untouched (it may hold data). Fix the cause, or remove $DB_DIR to start afresh."
      exit 1
    fi
    log "started on 127.0.0.1:$DB_PORT"
  fi
  pg_setup_database
}

psql_admin() { PGOPTIONS="-c client_min_messages=warning" as_owner "$PG_BIN/psql" -h "$DB_SOCK" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

pg_setup_database() {
  # Idempotent: role, database and extension are created only when missing.
  if [ "$(psql_admin -d postgres -c "select 1 from pg_roles where rolname='$DB_USER'")" != 1 ]; then
    psql_admin -d postgres -c "create role $DB_USER login createdb"
  fi
  if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname='$DB_NAME'")" != 1 ]; then
    psql_admin -d postgres -c "create database $DB_NAME owner $DB_USER"
  fi
  psql_admin -d "$DB_NAME" -c "create extension if not exists postgis"
  # Test fixtures create a database per test class; the template carries PostGIS so they need no superuser.
  psql_admin -d template1 -c "create extension if not exists postgis"
}

pg_stop() {
  if pg_running; then
    as_owner "$PG_BIN/pg_ctl" -D "$DB_DATA" -m fast -w stop >/dev/null
    log "stopped"
  else
    log "not running"
  fi
}

pg_status() {
  if pg_running; then echo "running on 127.0.0.1:$DB_PORT ($DB_DATA)"; else echo "not running ($DB_DATA)"; return 3; fi
}

pg_url() { echo "Host=127.0.0.1;Port=$DB_PORT;Database=$DB_NAME;Username=$DB_USER"; }
