# Sourced by bench/circuits and bench/interaction: serves the app with scripts/run (Release publish, Production, its
# own throwaway cluster) on 127.0.0.1:$app_port with rate limits off (every dashboard comes from 127.0.0.1), and stops
# both on exit. Needs: repo, bench, app_port, db_port, work (a folder it may fill), log(), die().
# Sets: app_pid (scripts/run execs the app, so its pid is the server's), app (its base URL).
# With BENCH_URL and BENCH_PID set it starts nothing and measures that app instead (one app for several benches on a
# busy machine: start it with MapDashboard__RateLimits__Enabled=false scripts/run).
app_pid=""
if [ -n "${BENCH_URL:-}" ]; then
  [ -n "${BENCH_PID:-}" ] && kill -0 "$BENCH_PID" 2>/dev/null || die "BENCH_URL needs BENCH_PID, the app's process id"
  app=${BENCH_URL%/}
  app_pid=$BENCH_PID
  trap '[ "${BENCH_KEEP_DIR:-0}" = 1 ] || rm -rf "$work"' EXIT
  command -v node >/dev/null || die "node is missing"
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$app/health/ready")" = 200 ] || die "$app/health/ready is not 200"
  return 0
fi
serve_app_cleanup() {
  local rc=$?
  set +e
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  MAPDASH_DB_PORT=$db_port MAPDASH_DB_DIR=$work/db "$repo/scripts/db" stop >/dev/null 2>&1
  [ "$rc" -ne 0 ] && [ -f "$work/app.log" ] && { log "scripts/run's log ends:"; tail -n 30 "$work/app.log" >&2; }
  [ "${BENCH_KEEP_DIR:-0}" = 1 ] && log "kept $work" || rm -rf "$work"
  exit "$rc"
}
trap serve_app_cleanup EXIT
trap 'exit 130' INT TERM

command -v node >/dev/null || die "node is missing: apt-get install nodejs npm"
if [ ! -f "$bench/node_modules/playwright-core/package.json" ] || [ "$bench/package-lock.json" -nt "$bench/node_modules/.package-lock.json" ]; then
  log "installing playwright-core into bench/node_modules"
  (cd "$bench" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 timeout 300 npm ci --no-audit --no-fund --loglevel=error >&2)
fi

log "starting the app with scripts/run on 127.0.0.1:$app_port (build, migrate, import)"
MAPDASH_PORT=$app_port MAPDASH_DB_PORT=$db_port MAPDASH_DB_DIR=$work/db MAPDASH_DB_THROWAWAY=1 \
  MapDashboard__RateLimits__Enabled=false "$repo/scripts/run" >"$work/app.log" 2>&1 &
app_pid=$!
app=http://127.0.0.1:$app_port
for _ in $(seq 1 1200); do
  kill -0 "$app_pid" 2>/dev/null || die "scripts/run exited"
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app/health/ready")" = 200 ] && break
  sleep 0.5
done
[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$app/health/ready")" = 200 ] || die "the app was not ready within 10 minutes"
