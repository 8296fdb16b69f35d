# Functions behind scripts/db; sourced, not run. Logs go to stderr so stdout carries only the connection string.
#
# Every connection authenticates with scram-sha-256 (no trust lines in pg_hba.conf). The passwords are generated here
# and kept, one per role, in $DB_DIR/<kind>.password (mode 0600), beside the data directory and never in the checkout:
#   admin     postgres           superuser: cluster set-up and the test fixtures' CREATE DATABASE
#   owner     mapdash            owns the database and its schema: migrations (DDL)
#   importer  mapdash_importer   writes the imported tables (`mapdash import`), no DDL
#   web       mapdash_web        reads only (the web process)
#   accounts  mapdash_accounts   reads and writes only the editors' accounts (schema accounts), owns nothing: the web
#                                process's sign-in connection (ConnectionStrings__Accounts)
# The table grants are given by `mapdash migrate --importer-role --web-role --accounts-role` (MapDashboard.Data/Security/RoleGrants.cs),
# after every migration; this file only makes the roles, the database and the extension.
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
ROLE_KINDS=(admin owner importer web accounts)

log() { echo "db: $*" >&2; }

role_name() {
  case "$1" in
    admin) echo postgres ;;
    owner) echo mapdash ;;
    importer) echo mapdash_importer ;;
    web) echo mapdash_web ;;
    accounts) echo mapdash_accounts ;;
    *) return 1 ;;
  esac
}

password_file() { echo "$DB_DIR/$1.password"; }

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

# One random password per role, made once; 48 hex digits, so it needs no quoting in SQL or connection strings.
pg_ensure_passwords() {
  mkdir -p "$DB_DIR"
  local kind file
  for kind in "${ROLE_KINDS[@]}"; do
    file=$(password_file "$kind")
    [ -s "$file" ] && continue
    (umask 077; od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$file")
    # The superuser's file is read by initdb, which runs as postgres; root reads every file anyway.
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$file"
  done
  chmod 600 "$DB_DIR"/*.password
}

password_of() {
  local file
  file=$(password_file "$1")
  if [ ! -s "$file" ]; then
    log "no password file $file: start the cluster with scripts/db start first"
    exit 1
  fi
  cat "$file"
}

pg_init() {
  if [ -d "$DB_DATA" ] && [ ! -f "$DB_DATA/PG_VERSION" ]; then
    log "removing an unfinished initdb in $DB_DATA (it holds no data)"
    rm -rf "$DB_DATA"
  fi
  [ -f "$DB_DATA/PG_VERSION" ] && return 0
  log "creating cluster in $DB_DATA (port $DB_PORT)"
  mkdir -p "$DB_DIR" "$DB_SOCK"
  pg_ensure_passwords
  [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$DB_DIR"
  chmod 755 "$DB_DIR"
  as_owner "$PG_BIN/initdb" -D "$DB_DATA" -U postgres --auth=scram-sha-256 --pwfile="$(password_file admin)" \
    -E UTF8 --locale=C.UTF-8 >/dev/null
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $DB_PORT"
    echo "unix_socket_directories = '$DB_SOCK'"
    echo "password_encryption = 'scram-sha-256'"
    if [ "${MAPDASH_DB_THROWAWAY:-0}" = 1 ]; then
      echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"
    fi
  } | as_owner tee -a "$DB_DATA/postgresql.conf" >/dev/null
}

pg_start() {
  pg_init
  pg_ensure_passwords
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
  pg_require_passwords
  pg_setup_database
}

# Lines of pg_hba.conf (not comments) whose method is trust: what clusters made before passwords trusted.
hba_trust_lines() { as_owner cat "$DB_DATA/pg_hba.conf" | grep -Ev '^[[:space:]]*(#|$)' | grep -Ew trust || true; }

# A cluster made by the old script trusts every local connection and its superuser has no password. Upgraded in place,
# data untouched: while trust still lets us in, give the superuser its password, then switch every line to
# scram-sha-256 and reload.
pg_require_passwords() {
  [ -z "$(hba_trust_lines)" ] && return 0
  log "upgrading $DB_DATA from trust to scram-sha-256 with generated passwords (data kept)"
  printf "ALTER ROLE postgres PASSWORD '%s';\n" "$(password_of admin)" | psql_admin -d postgres
  as_owner sed -i -E '/^[[:space:]]*#/! s/([[:space:]])trust([[:space:]]|$)/\1scram-sha-256\2/' "$DB_DATA/pg_hba.conf"
  psql_admin -d postgres -c "select pg_reload_conf()" >/dev/null
}

# The superuser's password goes through the environment (runuser keeps it), never through a command line.
psql_admin() {
  PGPASSWORD=$(password_of admin) PGOPTIONS="-c client_min_messages=warning" \
    as_owner "$PG_BIN/psql" -X -h "$DB_SOCK" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

pg_setup_database() {
  # Idempotent: roles, database and extension are created only when missing; passwords and attributes are set every
  # time, so the files stay the truth. SQL with passwords goes through stdin, not the command line.
  local kind role sql=""
  for kind in owner importer web accounts; do
    role=$(role_name "$kind")
    sql+="DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN CREATE ROLE $role; END IF; END \$\$;"$'\n'
    sql+="ALTER ROLE $role WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '$(password_of "$kind")';"$'\n'
  done
  printf '%s' "$sql" | psql_admin -d postgres
  if [ "$(psql_admin -d postgres -c "select 1 from pg_database where datname='$DB_NAME'")" != 1 ]; then
    psql_admin -d postgres -c "create database $DB_NAME owner $(role_name owner)"
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

# pg_url [admin|owner|importer|web|accounts]: the connection string of that role; owner when none is named.
pg_url() {
  local kind=${1:-owner} role password database=$DB_NAME
  if ! role=$(role_name "$kind"); then
    log "unknown role '$kind': use admin, owner, importer, web or accounts"
    exit 2
  fi
  password=$(password_of "$kind")
  [ "$kind" = admin ] && database=postgres
  echo "Host=127.0.0.1;Port=$DB_PORT;Database=$database;Username=$role;Password=$password"
}
