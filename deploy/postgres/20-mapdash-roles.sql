-- MapDashboard's four roles, from the passwords in the db service's environment (docker-compose.yml). Mounted into
-- /docker-entrypoint-initdb.d, so the postgis image runs it once, on an empty volume, as the superuser, after its own
-- 10_postgis.sh has created the extension in $POSTGRES_DB. Idempotent: to upgrade a volume made before these roles,
-- run it by hand with the same variables set:  psql -U postgres -d mapdash -f 20-mapdash-roles.sql
--   mapdash           owns the database and its schema; `mapdash migrate` (DDL) connects as it
--   mapdash_importer  `mapdash import`; reads and writes the imported tables, no DDL
--   mapdash_web       the web process; reads only
--   mapdash_accounts  the web process's sign-in connection; reads and writes only the editors' accounts
-- The table privileges are not given here: `mapdash migrate --importer-role mapdash_importer --web-role mapdash_web
-- --accounts-role mapdash_accounts`
-- grants them after every migration (MapDashboard.Data/Security/RoleGrants.cs).
\set ON_ERROR_STOP on
\getenv owner_password MAPDASH_OWNER_PASSWORD
\getenv importer_password MAPDASH_IMPORTER_PASSWORD
\getenv web_password MAPDASH_WEB_PASSWORD
\getenv accounts_password MAPDASH_ACCOUNTS_PASSWORD
\if :{?owner_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'MAPDASH_OWNER_PASSWORD is not set'; END $$;
\endif
\if :{?importer_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'MAPDASH_IMPORTER_PASSWORD is not set'; END $$;
\endif
\if :{?web_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'MAPDASH_WEB_PASSWORD is not set'; END $$;
\endif
\if :{?accounts_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'MAPDASH_ACCOUNTS_PASSWORD is not set'; END $$;
\endif

SELECT format('CREATE ROLE %I', r) FROM unnest(ARRAY['mapdash', 'mapdash_importer', 'mapdash_web', 'mapdash_accounts']) AS r
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r)
\gexec

ALTER ROLE mapdash WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
ALTER ROLE mapdash_importer WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'importer_password';
ALTER ROLE mapdash_web WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'web_password';
ALTER ROLE mapdash_accounts WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'accounts_password';
ALTER DATABASE mapdash OWNER TO mapdash;
