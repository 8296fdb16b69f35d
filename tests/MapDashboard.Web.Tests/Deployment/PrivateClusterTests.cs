using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MapDashboard.TestSupport;
using Npgsql;
using Xunit;

namespace MapDashboard.Web.Tests.Deployment;

/// <summary>
/// scripts/db's cluster: scram-sha-256 for every connection, generated passwords in 0600 files beside the data directory,
/// and a cluster made by the old script (trust, no passwords) upgraded in place with its data.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // scripts/db runs Debian's PostgreSQL; file modes are Unix ones
public sealed class PrivateClusterTests
{
    private static readonly string[] Kinds = ["admin", "owner", "importer", "web"];

    private static string[] HbaRules(string dbDir) =>
        File.ReadAllLines(Path.Combine(dbDir, "data", "pg_hba.conf"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    private static void AssertLockedDown(string dbDir)
    {
        var rules = HbaRules(dbDir);
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.EndsWith("scram-sha-256", rule));
        foreach (var kind in Kinds)
        {
            var file = Path.Combine(dbDir, kind + ".password");
            Assert.True(File.Exists(file), $"{file} is missing");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            Assert.True(File.ReadAllText(file).Trim().Length >= 32, $"{file} holds a short password");
        }
        Assert.False(dbDir.StartsWith(RepoPaths.Root, StringComparison.Ordinal), "the passwords must not live in the checkout");
    }

    [Fact]
    public void The_test_cluster_trusts_no_connection_and_keeps_its_passwords_to_its_owner()
    {
        var dbDir = Environment.GetEnvironmentVariable("MAPDASH_DB_DIR");
        Assert.False(string.IsNullOrEmpty(dbDir), "MAPDASH_DB_DIR is not set: run the tests through scripts/test");
        AssertLockedDown(dbDir);
    }

    [Fact]
    public async Task A_cluster_made_with_trust_is_upgraded_in_place_keeping_its_data()
    {
        var dbDir = Path.Combine(Path.GetTempPath(), "mapdash-upgrade-" + Guid.NewGuid().ToString("N")[..8]);
        var env = new Dictionary<string, string>
        {
            ["MAPDASH_DB_DIR"] = dbDir, ["MAPDASH_DB_PORT"] = FreePort().ToString(), ["MAPDASH_DB_THROWAWAY"] = "1",
        };
        try
        {
            // What the old scripts/db made: initdb --auth=trust, a passwordless owner role and its database, with data.
            await Bash(env, """
                . scripts/lib/postgres.sh
                mkdir -p "$DB_SOCK"; [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$DB_DIR"
                as_owner "$PG_BIN/initdb" -D "$DB_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
                printf "listen_addresses = '127.0.0.1'\nport = $DB_PORT\nunix_socket_directories = '$DB_SOCK'\nfsync = off\n" \
                  | as_owner tee -a "$DB_DATA/postgresql.conf" >/dev/null
                as_owner "$PG_BIN/pg_ctl" -D "$DB_DATA" -l "$DB_LOG" -w start >/dev/null
                old() { as_owner "$PG_BIN/psql" -X -h "$DB_SOCK" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
                old -d postgres -c "create role mapdash login createdb" -c "create database mapdash owner mapdash"
                old -d mapdash -c "set role mapdash" -c "create table kept (x int)" -c "insert into kept values (42)"
                as_owner "$PG_BIN/pg_ctl" -D "$DB_DATA" -m fast -w stop >/dev/null
                """);
            Assert.Contains(HbaRules(dbDir), rule => rule.EndsWith("trust"));

            var owner = (await Bash(env, "scripts/db start")).Trim().Split('\n')[^1];

            AssertLockedDown(dbDir);
            Assert.Equal(owner, (await Bash(env, "scripts/db url")).Trim());
            Assert.Equal(42, await Scalar<int>(owner, "SELECT x FROM kept"));
            var web = (await Bash(env, "scripts/db url web")).Trim();
            Assert.Equal("mapdash_web", await Scalar<string>(web, "SELECT current_user"));
            var withoutPassword = new NpgsqlConnectionStringBuilder(owner) { Password = null }.ConnectionString;
            await Assert.ThrowsAnyAsync<Exception>(() => Scalar<int>(withoutPassword, "SELECT 1"));
            var wrongPassword = new NpgsqlConnectionStringBuilder(owner) { Password = "wrong" }.ConnectionString;
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Scalar<int>(wrongPassword, "SELECT 1"));
            Assert.Equal("28P01", refused.SqlState);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Bash(env, "scripts/db stop || true");
            if (Directory.Exists(dbDir)) Directory.Delete(dbDir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task<string> Bash(IReadOnlyDictionary<string, string> env, string script)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in env) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script}\nexited {process.ExitCode}: {await errors}");
        return output;
    }
}
