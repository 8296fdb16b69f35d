using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MapDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.TestSupport;

/// <summary>
/// A PostgreSQL cluster of its own for a test that stops and starts the database: the shared test cluster must keep
/// running for the test classes that run beside it. Made, stopped and started with scripts/db and the same settings
/// scripts/test gives it (MAPDASH_DB_PORT, MAPDASH_DB_DIR, MAPDASH_DB_THROWAWAY), on a free port and in a temporary
/// folder; its `mapdash` database is migrated. Removed afterwards.
/// </summary>
public class PrivateCluster : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mapdash-private-db-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int _port = FreePort();

    /// <summary>The owner's connection string to the cluster's database, as scripts/db prints it.</summary>
    public string ConnectionString { get; private set; } = "";

    public virtual async ValueTask InitializeAsync()
    {
        await StartAsync();
        ConnectionString = (await DbScriptAsync("url", "owner")).Trim().Split('\n')[^1];
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public MapDashboardDbContext CreateContext() => MapDashboardDbContextFactory.Create(ConnectionString);

    /// <summary>scripts/db start: returns once PostgreSQL accepts connections.</summary>
    public Task StartAsync() => DbScriptAsync("start");

    /// <summary>scripts/db stop (fast shutdown: connected sessions get 57P01, as in a real restart).</summary>
    public Task StopAsync() => DbScriptAsync("stop");

    private async Task<string> DbScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "scripts", "db"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["MAPDASH_DB_PORT"] = _port.ToString();
        start.Environment["MAPDASH_DB_DIR"] = _dir;
        start.Environment["MAPDASH_DB_THROWAWAY"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"scripts/db {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        }
    }
}
