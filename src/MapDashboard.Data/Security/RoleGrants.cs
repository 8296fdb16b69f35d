using MapDashboard.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MapDashboard.Data.Security;

/// <summary>
/// The privileges of the two roles that own nothing, applied by the schema's owner after every migration
/// (`mapdash migrate --importer-role R --web-role R`), so a table a new migration adds is covered by the same run:
/// the importer reads and writes the imported tables (the model's tables, and data_version, which their triggers raise
/// as whoever writes) and may stage rows in temporary tables (AdminUnitImporter); the web role reads them. Neither can
/// create anything in the schema; the importer may read the migrations history (`mapdash import` refuses to run on a
/// database with migrations pending) and neither may write it. Whatever either had on the owner's
/// tables before is revoked first, so the result is exact, not the sum of every earlier grant.
/// </summary>
public static class RoleGrants
{
    /// <summary>Raised by the imported tables' statement triggers (migration DataVersion); not part of the model.</summary>
    public const string DataVersionTable = "data_version";

    public static async Task ApplyAsync(MapDashboardDbContext db, string importerRole, string webRole, CancellationToken ct)
    {
        var owner = await db.Database.SqlQueryRaw<string>("SELECT current_user AS \"Value\"").SingleAsync(ct);
        if (importerRole == webRole || importerRole == owner || webRole == owner)
            throw new ArgumentException(
                $"The importer role ('{importerRole}'), the web role ('{webRole}') and the owner running the migration " +
                $"('{owner}') must be three different roles.");

        var importer = Quote(importerRole);
        var web = Quote(webRole);
        var database = Quote(db.Database.GetDbConnection().Database);
        var tables = string.Join(", ", ImportedTables(db).Select(Quote));
        var dataVersion = Quote(DataVersionTable);
        var sql = $"""
            REVOKE ALL ON DATABASE {database} FROM PUBLIC;
            GRANT CONNECT ON DATABASE {database} TO {importer}, {web};
            REVOKE TEMPORARY ON DATABASE {database} FROM {web};
            GRANT TEMPORARY ON DATABASE {database} TO {importer};
            REVOKE CREATE ON SCHEMA public FROM PUBLIC, {importer}, {web};
            GRANT USAGE ON SCHEMA public TO {importer}, {web};
            {RevokeEverythingOwned(importer, web)}
            GRANT SELECT ON {tables}, {dataVersion} TO {web};
            GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {importer};
            GRANT SELECT, UPDATE ON {dataVersion} TO {importer};
            GRANT SELECT ON {Quote(HistoryRepository.DefaultTableName)} TO {importer};
            """;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(sql, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The accounts role (`mapdash migrate --accounts-role R`): the web process's second connection, for sign-in. It may
    /// connect, and read and write the accounts context's tables (Identity's and the Data Protection keys) in their
    /// schema, nothing else: no notice table, no migrations history, no DDL, no temporary tables; it owns nothing.
    /// Whatever it had on the owner's tables is revoked first. Run after the accounts migrations.
    /// </summary>
    public static async Task ApplyAccountsAsync(AccountsDbContext db, string accountsRole, IEnumerable<string> otherRoles, CancellationToken ct)
    {
        var owner = await db.Database.SqlQueryRaw<string>("SELECT current_user AS \"Value\"").SingleAsync(ct);
        if (accountsRole == owner || otherRoles.Contains(accountsRole))
            throw new ArgumentException(
                $"The accounts role ('{accountsRole}') must differ from the owner ('{owner}'), the importer and the web role.");
        var accounts = Quote(accountsRole);
        var schema = Quote(AccountsDbContext.Schema);
        var database = Quote(db.Database.GetDbConnection().Database);
        var tables = string.Join(", ", db.Model.GetEntityTypes()
            .Select(e => $"{schema}.{Quote(e.GetTableName()!)}").Distinct().Order(StringComparer.Ordinal));
        var sql = $"""
            REVOKE ALL ON DATABASE {database} FROM PUBLIC;
            REVOKE ALL ON DATABASE {database} FROM {accounts};
            GRANT CONNECT ON DATABASE {database} TO {accounts};
            REVOKE ALL ON SCHEMA public FROM {accounts};
            REVOKE ALL ON SCHEMA {schema} FROM PUBLIC, {accounts};
            GRANT USAGE ON SCHEMA {schema} TO {accounts};
            {RevokeEverythingOwned(accounts)}
            GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {accounts};
            """;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(sql, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>A statement revoking every privilege the quoted roles have on any relation the current user owns.</summary>
    private static string RevokeEverythingOwned(params string[] quotedRoles) => $"""
        DO $revoke$
        DECLARE r record;
        BEGIN
            FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
                     WHERE c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
                       AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
            LOOP
                EXECUTE format('REVOKE ALL ON %s FROM {string.Join(", ", quotedRoles).Replace("'", "''")}', r.name);
            END LOOP;
        END $revoke$;
        """;

    /// <summary>Every table of the model: what `mapdash import` writes and the web process reads.</summary>
    public static IReadOnlyList<string> ImportedTables(MapDashboardDbContext db) =>
        db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
