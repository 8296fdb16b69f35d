using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MapDashboard.TestSupport;
using Npgsql;
using Xunit;

namespace MapDashboard.EndToEnd.Cluster;

/// <summary>
/// `scripts/cluster start` as a person runs it (HAProxy, two web instances, a primary and a streaming standby), on free
/// ports and in a folder of its own, with a browser; stopped and removed afterwards.
/// </summary>
public sealed class ClusterHost : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mapdash-cluster-test-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly int[] _ports = FreePorts(5);

    public int FrontPort => _ports[0];
    public int WebPort(string name) => name == "web-1" ? _ports[1] : _ports[2];
    public int PrimaryPort => _ports[3];
    public int StandbyPort => _ports[4];
    public Uri FrontAddress => new($"http://127.0.0.1:{FrontPort}/");
    public BrowserSession Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await ClusterScriptAsync(TimeSpan.FromMinutes(15), "start");
        Browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>`scripts/cluster status`: name → pid ("-" when not running).</summary>
    public async Task<IReadOnlyDictionary<string, string>> StatusAsync() =>
        (await ClusterScriptAsync(TimeSpan.FromSeconds(30), "status"))
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split(' '))
        .ToDictionary(f => f[0], f => f[1]);

    public Task KillAsync(string name) => ClusterScriptAsync(TimeSpan.FromSeconds(30), "kill", name);

    /// <summary>Starts whatever is not running again, reusing the build (as after a crash).</summary>
    public Task RestartMissingAsync() => ClusterScriptAsync(TimeSpan.FromMinutes(3), "start");

    /// <summary>`mapdash import --notice FILE` as the importer, on the primary, with the cluster's own build.</summary>
    public async Task ImportNoticeAsync(string noticePath)
    {
        var importer = (await DbScriptAsync("url", "importer")).Trim().Split('\n')[^1];
        // From the checkout, as a person runs it: the CLI finds geodata/ there.
        await RunAsync("dotnet", [Path.Combine(_dir, "publish", "cli", "mapdash.dll"), "import", "--notice", noticePath],
            new Dictionary<string, string> { ["ConnectionStrings__MapDashboard"] = importer }, TimeSpan.FromMinutes(3));
    }

    /// <summary>The owner's connection to the primary or, with <paramref name="standby"/>, to the standby.</summary>
    public async Task<NpgsqlConnection> OpenAsync(bool standby)
    {
        var owner = new NpgsqlConnectionStringBuilder((await DbScriptAsync("url", "owner")).Trim().Split('\n')[^1]);
        if (standby) owner.Port = StandbyPort;
        var connection = new NpgsqlConnection(owner.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private Task<string> DbScriptAsync(params string[] args) =>
        RunAsync(Path.Combine(RepoPaths.Root, "scripts", "db"), args,
            new Dictionary<string, string> { ["MAPDASH_DB_PORT"] = PrimaryPort.ToString(), ["MAPDASH_DB_DIR"] = Path.Combine(_dir, "pg-primary") },
            TimeSpan.FromSeconds(30));

    private Task<string> ClusterScriptAsync(TimeSpan timeout, params string[] args) =>
        RunAsync(Path.Combine(RepoPaths.Root, "scripts", "cluster"), args, new Dictionary<string, string>
        {
            ["MAPDASH_PORT"] = FrontPort.ToString(),
            ["MAPDASH_CLUSTER_WEB_PORTS"] = $"{_ports[1]} {_ports[2]}",
            ["MAPDASH_CLUSTER_DB_PORTS"] = $"{PrimaryPort} {StandbyPort}",
            ["MAPDASH_CLUSTER_DIR"] = _dir,
            ["MAPDASH_DB_THROWAWAY"] = "1",
            // The first start builds; later ones (after a kill) reuse that build.
            ["MAPDASH_CLUSTER_BUILD"] = args[0] == "start" && File.Exists(Path.Combine(_dir, "publish", "web", "MapDashboard.Web.dll")) ? "0" : "1",
        }, timeout);

    private static async Task<string> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string> env, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', start.ArgumentList)} took over {timeout}: {await stderr}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await stderr}");
        return await stdout;
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Browser is not null) await Browser.DisposeAsync();
            await ClusterScriptAsync(TimeSpan.FromMinutes(2), "stop");
        }
        finally
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        }
    }
}
