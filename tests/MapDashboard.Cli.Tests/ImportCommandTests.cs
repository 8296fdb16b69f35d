using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// mapdash import over a database holding the seeds. None of these facts may change the data (that is what they check),
/// so they share one seeded database.
/// </summary>
public sealed class ImportCommandTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    [Fact]
    public async Task A_truncated_notice_is_refused_in_one_line_and_nothing_is_written()
    {
        var before = await SeededCounts.ReadAsync(database);
        using var notice = TemporaryNotice.Truncated();

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, .. Mapdash.SeedInputs]);

        Assert.NotEqual(0, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("mapdash: Refused: importing ndrc-2021-668 would remove 51 of its 67 practices and 41 localities", line);
        Assert.Contains("--allow-removals", line);
        var after = await SeededCounts.ReadAsync(database);
        Assert.Equal(SeededCounts.Seed, after.Rows);
        Assert.Equal(before.DataVersion, after.DataVersion);
    }

    [Fact]
    public async Task A_dry_run_prints_every_practice_and_locality_it_would_remove_and_writes_nothing()
    {
        var before = await SeededCounts.ReadAsync(database);
        using var notice = TemporaryNotice.Truncated();

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, "--dry-run", .. Mapdash.SeedInputs]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("practices: 0 added, 2 changed, 51 removed, 14 unchanged", run.Stdout);
        Assert.Contains("localities: 0 added, 6 changed, 41 removed", run.Stdout);
        Assert.Contains("- 12/511700  达州市 Dazhou City: measure 12", run.Stdout);
        Assert.Contains("- 511700  达州市 Dazhou City", run.Stdout);
        Assert.Contains("dry run: nothing was written", run.Stdout);
        Assert.Equal(before, await SeededCounts.ReadAsync(database));
    }

    [Fact]
    public async Task Importing_the_same_seeds_again_writes_nothing_and_keeps_the_data_version()
    {
        var before = await SeededCounts.ReadAsync(database);

        var run = await Mapdash.RunAsync(database.ConnectionString, "import");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("admin units: 0 added, 0 changed", run.Stdout);
        Assert.Contains("practices: 0 added, 0 changed, 0 removed, 67 unchanged", run.Stdout);
        Assert.Contains($"data version {before.DataVersion} (unchanged)", run.Stdout);
        Assert.Equal(before, await SeededCounts.ReadAsync(database));
    }
}

/// <summary>--allow-removals applies what the refusal protected; it changes the data, so it has a database of its own.</summary>
public sealed class ImportAllowRemovalsTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    [Fact]
    public async Task With_allow_removals_a_truncated_notice_is_applied_and_raises_the_data_version()
    {
        var before = await SeededCounts.ReadAsync(database);
        using var notice = TemporaryNotice.Truncated();

        var run = await Mapdash.RunAsync(database.ConnectionString, ["import", "--notice", notice.Path, "--allow-removals", .. Mapdash.SeedInputs]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("practices: 0 added, 2 changed, 51 removed, 14 unchanged", run.Stdout);
        var after = await SeededCounts.ReadAsync(database);
        Assert.Equal((16, 16, 2), (after.Practices, after.Localities, after.Measures));
        Assert.True(after.DataVersion > before.DataVersion, $"data version {before.DataVersion} → {after.DataVersion}");
    }
}
