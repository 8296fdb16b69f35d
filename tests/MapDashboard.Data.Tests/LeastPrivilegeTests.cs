using MapDashboard.Data.Import;
using MapDashboard.Data.Security;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>
/// What each role may do, on a database migrated by its owner with the grants `mapdash migrate` applies and imported by
/// the importer (the fixture). 42501 is PostgreSQL's "insufficient privilege".
/// </summary>
public sealed class LeastPrivilegeTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private const string InsufficientPrivilege = "42501";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static async Task Refused(string connectionString, string sql)
    {
        var e = await Assert.ThrowsAsync<PostgresException>(() => LeastPrivilegeDatabase.ExecuteAsync(connectionString, sql));
        Assert.True(e.SqlState == InsufficientPrivilege, $"{sql}: expected 42501, got {e.SqlState} {e.MessageText}");
    }

    [Fact]
    public async Task The_web_role_reads_what_the_importer_imported()
    {
        await using var web = database.CreateContext(database.WebConnectionString);
        Assert.True(await web.Practices.CountAsync(_ct) > 0);
        Assert.True(await web.AdminUnits.AnyAsync(u => u.Level == "province", _ct));
    }

    [Theory]
    [InlineData("DROP TABLE practices")]
    [InlineData("TRUNCATE practices")]
    [InlineData("DELETE FROM practices")]
    [InlineData("UPDATE admin_units SET name_en = 'x'")]
    [InlineData("INSERT INTO notices (id, title, text, text_sha256, imported_at) VALUES ('x', 'x', 'x', 'x', now())")]
    [InlineData("UPDATE data_version SET version = version + 1")]
    [InlineData("CREATE TABLE web_made (id int)")]
    [InlineData("CREATE TEMP TABLE web_made (id int)")]
    [InlineData("CREATE INDEX ON practices (admin_code)")]
    [InlineData("ALTER TABLE practices ADD COLUMN web_made int")]
    [InlineData("SELECT * FROM \"__EFMigrationsHistory\"")]
    public Task The_web_role_can_change_nothing(string sql) => Refused(database.WebConnectionString, sql);

    [Theory]
    [InlineData("DROP TABLE practices")]
    [InlineData("TRUNCATE practices")]
    [InlineData("CREATE TABLE importer_made (id int)")]
    [InlineData("CREATE INDEX ON practices (admin_code)")]
    [InlineData("ALTER TABLE practices ADD COLUMN importer_made int")]
    [InlineData("CREATE FUNCTION importer_made() RETURNS int LANGUAGE sql AS 'SELECT 1'")]
    [InlineData("INSERT INTO \"__EFMigrationsHistory\" VALUES ('x', 'x')")]
    public Task The_importer_can_run_no_DDL(string sql) => Refused(database.ImporterConnectionString, sql);

    [Fact]
    public async Task The_importer_imports_again_the_same_seeds_and_finds_nothing_changed()
    {
        await using var importer = database.CreateContext(database.ImporterConnectionString);
        var again = await SeedImport.RunAsync(importer, RepoPaths.Geodata, RepoPaths.Seeds, _ct);
        Assert.NotNull(again.AdminUnits);
        Assert.Equal(0, again.AdminUnits.Inserted + again.AdminUnits.Updated);
        Assert.All(again.Notices, n => Assert.Equal(0, n.Counts.Added + n.Counts.Changed + n.Counts.Removed));
        Assert.Equal(again.DataVersionBefore, again.DataVersionAfter);
    }

    [Fact]
    public async Task Neither_role_owns_anything_or_is_privileged()
    {
        foreach (var role in new[] { database.WebRole, database.ImporterRole })
        {
            Assert.Equal(0L, await LeastPrivilegeDatabase.ScalarAsync<long>(database.AdminConnectionString,
                $"SELECT count(*) FROM pg_class WHERE relowner = '{role}'::regrole"));
            Assert.False(await LeastPrivilegeDatabase.ScalarAsync<bool>(database.AdminConnectionString,
                $"SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolbypassrls FROM pg_roles WHERE rolname = '{role}'"));
        }
    }

    [Fact]
    public async Task Applying_the_grants_again_after_a_migration_takes_back_what_was_granted_by_hand()
    {
        await LeastPrivilegeDatabase.ExecuteAsync(database.OwnerConnectionString, $"GRANT INSERT, DELETE ON practices TO {database.WebRole}");
        await using (var owner = database.CreateContext(database.OwnerConnectionString))
        {
            await owner.Database.MigrateAsync(_ct);
            await RoleGrants.ApplyAsync(owner, database.ImporterRole, database.WebRole, _ct);
        }
        await Refused(database.WebConnectionString, "DELETE FROM practices");
        await using var web = database.CreateContext(database.WebConnectionString);
        Assert.True(await web.Practices.AnyAsync(_ct));
    }

    [Fact]
    public async Task The_grants_refuse_to_make_the_owner_its_own_web_role()
    {
        await using var owner = database.CreateContext(database.OwnerConnectionString);
        await Assert.ThrowsAsync<ArgumentException>(() => RoleGrants.ApplyAsync(owner, database.ImporterRole, database.OwnerRole, _ct));
    }
}
