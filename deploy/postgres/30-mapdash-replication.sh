#!/bin/sh
# The replication role for the "scale" profile's standby (docker-compose.yml), made only when its password is given:
# without MAPDASH_REPLICATION_PASSWORD nothing may replicate. Run once by the postgis image on an empty volume, after
# 20-mapdash-roles.sql; lets the role connect for replication from the compose network only, with scram-sha-256.
set -eu
if [ -z "${MAPDASH_REPLICATION_PASSWORD:-}" ]; then
  echo "30-mapdash-replication: MAPDASH_REPLICATION_PASSWORD not set, no replication role made" >&2
  exit 0
fi
psql -v ON_ERROR_STOP=1 -U postgres -d postgres -v pw="$MAPDASH_REPLICATION_PASSWORD" <<'SQL'
SELECT 'CREATE ROLE mapdash_replicator' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mapdash_replicator')
\gexec
ALTER ROLE mapdash_replicator WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'pw';
SQL
echo "host replication mapdash_replicator samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
