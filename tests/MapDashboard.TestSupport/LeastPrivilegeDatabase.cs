using MapDashboard.Data;
using MapDashboard.Data.Accounts;
using MapDashboard.Data.Import;
using MapDashboard.Data.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.TestSupport;

/// <summary>
/// A database set up as scripts/run and compose set one up, on the test cluster, for one test class: four roles of its
/// own (owner, importer, web, accounts, each with a random password), migrated as the owner with the grants applied as
/// `mapdash migrate --importer-role --web-role --accounts-role` applies them, and the seeds imported as the importer.
/// Database and roles are dropped afterwards.
/// </summary>
public sealed class LeastPrivilegeDatabase : IAsyncLifetime
{
    private readonly string _prefix = "t_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, string> _passwords = [];
    private string _server = "";
    private string _name = "";

    public string OwnerRole => _prefix + "_owner";
    public string ImporterRole => _prefix + "_importer";
    public string WebRole => _prefix + "_web";
    public string AccountsRole => _prefix + "_accounts";

    public string OwnerConnectionString => ConnectionStringOf(OwnerRole);
    public string ImporterConnectionString => ConnectionStringOf(ImporterRole);
    public string WebConnectionString => ConnectionStringOf(WebRole);
    public string AccountsConnectionString => ConnectionStringOf(AccountsRole);

    /// <summary>The superuser's view of the same database, for checks no role of the app may make.</summary>
    public string AdminConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(PostgisDatabase.ServerVariable)
            ?? throw new InvalidOperationException($"{PostgisDatabase.ServerVariable} is not set: run the tests through scripts/test.");
        _name = _prefix;
        foreach (var role in new[] { OwnerRole, ImporterRole, WebRole, AccountsRole })
        {
            _passwords[role] = Guid.NewGuid().ToString("N");
            await ExecuteAsAdmin($"CREATE ROLE {role} LOGIN PASSWORD '{_passwords[role]}'");
        }
        await ExecuteAsAdmin($"CREATE DATABASE {_name} OWNER {OwnerRole}");

        await using (var owner = MapDashboardDbContextFactory.Create(OwnerConnectionString))
        {
            await owner.Database.MigrateAsync();
            await RoleGrants.ApplyAsync(owner, ImporterRole, WebRole, CancellationToken.None);
        }
        await using (var accounts = AccountsDatabase.Create(OwnerConnectionString))
        {
            await accounts.Database.MigrateAsync();
            await RoleGrants.ApplyAccountsAsync(accounts, AccountsRole, [ImporterRole, WebRole], CancellationToken.None);
        }
        await using var importer = MapDashboardDbContextFactory.Create(ImporterConnectionString);
        await SeedImport.RunAsync(importer, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
    }

    public MapDashboardDbContext CreateContext(string connectionString) => MapDashboardDbContextFactory.Create(connectionString);

    /// <summary>Runs one statement as the given role; a refused one throws <see cref="PostgresException"/>.</summary>
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private string ConnectionStringOf(string role) =>
        new NpgsqlConnectionStringBuilder(_server) { Database = _name, Username = role, Password = _passwords[role] }.ConnectionString;

    private Task ExecuteAsAdmin(string sql) => ExecuteAsync(_server, sql);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server.Length == 0) return;
        await ExecuteAsAdmin($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
        foreach (var role in _passwords.Keys)
            await ExecuteAsAdmin($"DROP ROLE IF EXISTS {role}");
    }
}
