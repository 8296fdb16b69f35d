# Functions behind scripts/cluster; sourced after scripts/lib/postgres.sh, whose DB_* settings name the primary.
# Every process writes its pid to $CLUSTER_DIR/<name>.pid and its log to $CLUSTER_DIR/<name>.log.
STANDBY_DIR=$CLUSTER_DIR/pg-standby
STANDBY_DATA=$STANDBY_DIR/data
REPLICATION_ROLE=mapdash_replicator
REPLICATION_SLOT=mapdash_standby
HAPROXY_CFG=$CLUSTER_DIR/haproxy.cfg
HAPROXY_SOCK=$CLUSTER_DIR/haproxy.sock
WEB_OUT=$CLUSTER_DIR/publish/web
CLI_OUT=$CLUSTER_DIR/publish/cli

clog() { echo "cluster: $*" >&2; }

pid_of() { local f=$CLUSTER_DIR/$1.pid; [ -s "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

# The postmaster's pid is the first line of postmaster.pid while it runs.
pg_pid_of() { as_owner "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1 && head -n 1 "$1/postmaster.pid"; }

cluster_start() {
  need_dotnet
  need_node
  need_haproxy
  ensure_writable_home
  mkdir -p "$CLUSTER_DIR"
  pg_ensure_installed
  pg_start
  replication_ensure
  standby_start
  app_build_and_migrate
  web_start web-1 "$WEB1_PORT"
  web_start web-2 "$WEB2_PORT"
  web_wait_ready web-1 "$WEB1_PORT"
  web_wait_ready web-2 "$WEB2_PORT"
  haproxy_start
}

# A login role that may only replicate, with its own password (kept like the others, mode 0600).
replication_ensure() {
  local file=$DB_DIR/replicator.password
  if [ ! -s "$file" ]; then (umask 077; od -An -tx1 -N24 /dev/urandom | tr -d ' \n' >"$file"); fi
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$file"
  printf "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s; END IF; END \$\$;
ALTER ROLE %s WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '%s';\n" \
    "$REPLICATION_ROLE" "$REPLICATION_ROLE" "$REPLICATION_ROLE" "$(cat "$file")" | psql_admin -d postgres
}

# The standby is made once with pg_basebackup (-R: it follows the primary through a replication slot) and then
# started on its own port; a standby that exists is only started.
standby_start() {
  if [ ! -f "$STANDBY_DATA/PG_VERSION" ]; then
    clog "making the standby in $STANDBY_DATA from the primary (pg_basebackup)"
    rm -rf "$STANDBY_DATA"; mkdir -p "$STANDBY_DIR/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$STANDBY_DIR"
    psql_admin -d postgres -c "select pg_drop_replication_slot('$REPLICATION_SLOT') from pg_replication_slots where slot_name = '$REPLICATION_SLOT'" >/dev/null
    PGPASSWORD=$(cat "$DB_DIR/replicator.password") as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$DB_PORT" \
      -U "$REPLICATION_ROLE" -D "$STANDBY_DATA" -R -X stream -c fast -C -S "$REPLICATION_SLOT" >&2
    printf "port = %s\nunix_socket_directories = '%s'\n" "$STANDBY_PORT" "$STANDBY_DIR/sock" \
      | as_owner tee -a "$STANDBY_DATA/postgresql.conf" >/dev/null
  fi
  mkdir -p "$STANDBY_DIR/sock"; [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$STANDBY_DIR" "$STANDBY_DIR/sock"
  if ! pg_pid_of "$STANDBY_DATA" >/dev/null; then
    as_owner "$PG_BIN/pg_ctl" -D "$STANDBY_DATA" -l "$STANDBY_DIR/postgres.log" -w -t 60 start >/dev/null
    clog "standby started on 127.0.0.1:$STANDBY_PORT"
  fi
}

# One role's connection string across both servers: the standby first, the primary when the standby is down.
read_url() {
  local cs; cs=$(pg_url "$1")
  cs=${cs/Host=127.0.0.1;Port=$DB_PORT;/Host=127.0.0.1:$STANDBY_PORT,127.0.0.1:$DB_PORT;}
  echo "$cs;Target Session Attributes=prefer-standby"
}

# MAPDASH_CLUSTER_BUILD=0 reuses the last build (a restart after `scripts/cluster kill`); migrate and import always run:
# both write nothing when nothing changed.
app_build_and_migrate() {
  if [ "${MAPDASH_CLUSTER_BUILD:-1}" = 0 ] && [ -f "$WEB_OUT/MapDashboard.Web.dll" ] && [ -f "$CLI_OUT/mapdash.dll" ]; then
    clog "reusing the build in $CLUSTER_DIR/publish"
  else
    app_build
  fi
  app_migrate_and_import
}

app_build() {
  clog "building..."
  dotnet publish src/MapDashboard.Cli -c Release -o "$CLI_OUT" --nologo -v quiet -p:UseAppHost=false >&2
  dotnet publish src/MapDashboard.Web -c Release -o "$WEB_OUT" --nologo -v quiet -p:UseAppHost=false >&2
}

app_migrate_and_import() {
  clog "migrating and importing on the primary"
  ConnectionStrings__MapDashboard=$(pg_url owner) dotnet "$CLI_OUT/mapdash.dll" migrate \
    --importer-role "$(role_name importer)" --web-role "$(role_name web)" --accounts-role "$(role_name accounts)" >&2
  ConnectionStrings__MapDashboard=$(pg_url importer) dotnet "$CLI_OUT/mapdash.dll" import >&2
}

# Instances listen on 127.0.0.1 only, so the X-Forwarded-For they trust can come from HAProxy alone: the rate limits
# then count each browser, not the proxy (ASPNETCORE_FORWARDEDHEADERS_ENABLED is ASP.NET Core's own switch).
web_start() {
  local name=$1 port=$2
  if pid_of "$name" >/dev/null; then clog "$name already running"; return 0; fi
  (
    cd "$WEB_OUT"
    # Reads from the standby when it is up; editors' sign-ins and publishing write, so they go to the primary, and the
    # Data Protection keys they keep there are shared by both instances.
    ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Production} ConnectionStrings__MapDashboard=$(read_url web) \
      ConnectionStrings__Accounts=$(pg_url accounts) ConnectionStrings__Import=$(pg_url importer) \
      ASPNETCORE_FORWARDEDHEADERS_ENABLED=true MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
      setsid nohup dotnet MapDashboard.Web.dll --urls "http://127.0.0.1:$port" >"$CLUSTER_DIR/$name.log" 2>&1 &
    echo $! >"$CLUSTER_DIR/$name.pid"
  )
  clog "$name starting on http://127.0.0.1:$port"
}

web_wait_ready() {
  local name=$1 port=$2 i
  for i in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    pid_of "$name" >/dev/null || { clog "$name exited; its log ends:"; tail -n 20 "$CLUSTER_DIR/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  clog "$name not ready after 60 s; see $CLUSTER_DIR/$name.log"; exit 1
}

haproxy_start() {
  sed -e "s|@FRONT@|$FRONT_PORT|; s|@WEB1@|$WEB1_PORT|; s|@WEB2@|$WEB2_PORT|; s|@SOCK@|$HAPROXY_SOCK|" \
    "$repo/deploy/haproxy/haproxy.cfg.in" >"$HAPROXY_CFG"
  haproxy -c -q -f "$HAPROXY_CFG"
  if pid_of haproxy >/dev/null; then
    haproxy -f "$HAPROXY_CFG" -D -p "$CLUSTER_DIR/haproxy.pid" -sf "$(pid_of haproxy)"
  else
    haproxy -f "$HAPROXY_CFG" -D -p "$CLUSTER_DIR/haproxy.pid"
  fi
  clog "haproxy on http://127.0.0.1:$FRONT_PORT"
}

# HAProxy's runtime API over its admin socket (no socat needed).
haproxy_cmd() {
  [ -S "$HAPROXY_SOCK" ] || return 0
  python3 - "$HAPROXY_SOCK" "$1" <<'PY' || true
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2] + "\n").encode())
print(s.makefile().read(), end="")
PY
}

# Graceful: HAProxy sends the instance no new users, the instance gets SIGTERM (ASP.NET Core ends its requests and
# circuits), then it is waited for; kill -9 only if it has not gone after 30 s.
web_stop() {
  local name=$1 pid i
  pid=$(pid_of "$name") || { rm -f "$CLUSTER_DIR/$name.pid"; return 0; }
  haproxy_cmd "set server web/$name state drain" >/dev/null
  kill -TERM "$pid"
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$CLUSTER_DIR/$name.pid"
  clog "$name stopped"
}

cluster_stop() {
  web_stop web-1
  web_stop web-2
  local pid
  if pid=$(pid_of haproxy); then kill -USR1 "$pid"; clog "haproxy stopped"; fi
  rm -f "$CLUSTER_DIR/haproxy.pid"
  if pg_pid_of "$STANDBY_DATA" >/dev/null; then as_owner "$PG_BIN/pg_ctl" -D "$STANDBY_DATA" -m fast -w stop >/dev/null; clog "standby stopped"; fi
  pg_stop
}

cluster_kill() {
  case "$1" in web-1|web-2) ;; *) echo "usage: scripts/cluster kill web-1|web-2" >&2; exit 2 ;; esac
  local pid; pid=$(pid_of "$1") || { clog "$1 is not running"; return 0; }
  kill -KILL "$pid"
  clog "$1 ($pid) killed with SIGKILL"
}

cluster_status() {
  local p
  echo "haproxy $(pid_of haproxy || echo -) http://127.0.0.1:$FRONT_PORT"
  echo "web-1 $(pid_of web-1 || echo -) http://127.0.0.1:$WEB1_PORT"
  echo "web-2 $(pid_of web-2 || echo -) http://127.0.0.1:$WEB2_PORT"
  p=$(pg_pid_of "$DB_DATA") || p=-; echo "pg-primary $p $DB_PORT"
  p=$(pg_pid_of "$STANDBY_DATA") || p=-; echo "pg-standby $p $STANDBY_PORT"
}
