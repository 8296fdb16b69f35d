#!/bin/sh
# The "scale" profile's standby: on an empty volume, a copy of the primary (pg_basebackup, following it by streaming
# replication from then on); then PostgreSQL in hot-standby mode, read-only. The web instances read here while it is up.
set -eu
: "${MAPDASH_REPLICATION_PASSWORD:?set MAPDASH_REPLICATION_PASSWORD (the replication role's password)}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
  # The primary's healthcheck has passed (depends_on), but its first start may still be running the init scripts.
  until gosu postgres pg_isready -h db -U postgres -q; do sleep 1; done
  PGPASSWORD=$MAPDASH_REPLICATION_PASSWORD gosu postgres \
    pg_basebackup -h db -U mapdash_replicator -D "$PGDATA" -R -X stream -c fast
fi
exec gosu postgres postgres -D "$PGDATA"
