using System.Diagnostics;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Npgsql;
using Xunit;

namespace MapDashboard.EndToEnd.Cluster;

/// <summary>
/// The scale-out shape (scripts/cluster): two web instances behind HAProxy, reading from a streaming standby. What a
/// viewer must not notice: an instance dying under them, an import landing on the primary.
/// </summary>
public class ClusterTests(ClusterHost cluster) : IClassFixture<ClusterHost>
{
    private static readonly TimeSpan ImportReachesEveryInstance = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Status_names_every_process_with_a_pid()
    {
        var status = await cluster.StatusAsync();
        Assert.Equal(["haproxy", "web-1", "web-2", "pg-primary", "pg-standby"], status.Keys);
        Assert.All(status.Values, pid => Assert.True(int.TryParse(pid, out _), $"'{pid}' is not a pid"));
    }

    [Fact]
    public async Task Killing_the_instance_a_viewer_is_on_moves_them_to_the_other_with_the_same_view()
    {
        await using var context = await cluster.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {m.Type}: {m.Text}");
        var view = new Uri(cluster.FrontAddress, "/?sel=440114");
        await page.GotoAsync(view.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
        var first = await InstanceOfAsync(context);
        await page.EvaluateAsync("() => window.__beforeFailover = true");

        try
        {
            await cluster.KillAsync(first);
            // The page reloads (the marker is gone) from the other instance, showing the same view. How long that takes is
            // a speed figure (the target is 10 s on a quiet machine; docs/scaling.md), not this test's to time: on a
            // machine at load 40 the new instance's first page alone took longer.
            var killed = Stopwatch.StartNew();
            try
            {
                await page.WaitForFunctionAsync("() => window.__beforeFailover === undefined", null, new() { Timeout = 90_000 });
            }
            catch (TimeoutException)
            {
                await page.SaveScreenshotAsync("cluster-failover-stuck");
                Assert.Fail($"no reload within 90 s of killing {first}; the page's console:\n{string.Join('\n', console)}");
            }
            TestContext.Current.TestOutputHelper?.WriteLine($"failover: reloaded {killed.Elapsed.TotalSeconds:F1} s after killing {first}");
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
            Assert.Equal(view.PathAndQuery, new Uri(page.Url).PathAndQuery);
            Assert.NotEqual(first, await InstanceOfAsync(context));
            await page.SaveScreenshotAsync("cluster-after-failover");
        }
        finally
        {
            await cluster.RestartMissingAsync();
        }
    }

    [Fact]
    public async Task The_standby_holds_what_the_primary_holds_and_the_instances_read_from_it()
    {
        await using var primary = await cluster.OpenAsync(standby: false);
        await using var standby = await cluster.OpenAsync(standby: true);
        Assert.True((bool)(await Scalar(standby, "select pg_is_in_recovery()"))!);
        var lsn = (string)(await Scalar(primary, "select pg_current_wal_lsn()::text"))!;
        await Eventually(async () => (bool)(await Scalar(standby, $"select pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn"))!, TimeSpan.FromSeconds(10));

        const string counts = "select (select count(*) from practices) || '/' || (select count(*) from indicators) || '/' || (select count(*) from admin_units)";
        Assert.Equal(await Scalar(primary, counts), await Scalar(standby, counts));

        using var http = new HttpClient();
        (await http.GetAsync(new Uri(cluster.FrontAddress, "/api/notices/current/localities.geojson"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        Assert.True((long)(await Scalar(standby, "select count(*) from pg_stat_activity where usename = 'mapdash_web'"))! > 0,
            "no web instance is connected to the standby");
    }

    [Fact]
    public async Task An_import_on_the_primary_reaches_both_instances_within_15_seconds()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"), TestContext.Current.CancellationToken);
        Assert.Contains("2.8 billion yuan", seed);
        // Beside a copy of its review file, so only the edited figure differs from what is stored.
        var folder = Directory.CreateTempSubdirectory("cluster-edit-").FullName;
        var edited = Path.Combine(folder, "ndrc-2021-668-notice.txt");
        File.Copy(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668.review.csv"), Path.Combine(folder, "ndrc-2021-668.review.csv"));
        await File.WriteAllTextAsync(edited, seed.Replace("2.8 billion yuan", "3.9 billion yuan"), TestContext.Current.CancellationToken);
        try
        {
            await cluster.ImportNoticeAsync(edited);
            var imported = Stopwatch.StartNew();
            using var http = new HttpClient();
            foreach (var instance in new[] { "web-1", "web-2" })
            {
                var csv = new Uri($"http://127.0.0.1:{cluster.WebPort(instance)}/api/export/practices.csv");
                // Once a second: exports are rate-limited per client (30 a minute), and 15 asks stay under it.
                await Eventually(async () => (await http.GetStringAsync(csv)).Contains("3.9 billion yuan"),
                    ImportReachesEveryInstance - imported.Elapsed, TimeSpan.FromSeconds(1));
            }
        }
        finally
        {
            await cluster.ImportNoticeAsync(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> InstanceOfAsync(IBrowserContext context) =>
        (await context.CookiesAsync()).Single(c => c.Name == "MAPDASH_NODE").Value;

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Asks again until the condition holds or the time is up (a replica and a poller catch up on their own).</summary>
    private static async Task Eventually(Func<Task<bool>> condition, TimeSpan within, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < within, $"not true within {within.TotalSeconds:0.#} s");
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(200));
        }
    }
}
