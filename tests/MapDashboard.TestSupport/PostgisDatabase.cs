using MapDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.TestSupport;

/// <summary>
/// A fresh, migrated database on the test cluster for one test class (use as IClassFixture), dropped afterwards.
/// The cluster is the one scripts/test starts; MAPDASH_TEST_DB names its admin connection string.
/// </summary>
public class PostgisDatabase : IAsyncLifetime
{
    public const string ServerVariable = "MAPDASH_TEST_DB";

    public string ConnectionString { get; private set; } = "";
    private string _name = "";
    private string _server = "";

    public virtual async ValueTask InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests through scripts/test, or start a cluster with " +
                $"`MAPDASH_DB_PORT=55433 MAPDASH_DB_THROWAWAY=1 scripts/db` and set {ServerVariable} to what " +
                "`MAPDASH_DB_PORT=55433 scripts/db url admin` prints (the superuser, with its generated password).");
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(_server))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public MapDashboardDbContext CreateContext() => MapDashboardDbContextFactory.Create(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_name.Length == 0 || _server.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
