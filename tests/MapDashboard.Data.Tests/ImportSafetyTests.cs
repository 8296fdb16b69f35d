using MapDashboard.Data.Import;
using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>What an import shows before it writes, and that two imports never interleave. Each test uses its own notice id.</summary>
public sealed class ImportSafetyTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _id = "safety-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<NoticeImportResult> Import(string text, ImportOptions? options = null)
    {
        var extraction = NoticeTestData.Read(text);
        await using var db = database.CreateContext();
        await NoticeTestData.EnsureAdminUnits(db, _ct, extraction);
        return await NoticeImporter.ImportAsync(db, new NoticeToImport(_id, text, extraction), options ?? ImportOptions.Default, _ct);
    }

    private async Task<(int Practices, int Indicators, long Version)> Stored()
    {
        await using var db = database.CreateContext();
        return (await db.Practices.CountAsync(p => p.NoticeId == _id, _ct),
                await db.Indicators.CountAsync(i => i.Practice!.NoticeId == _id, _ct),
                await DataVersionQueries.CurrentAsync(db, _ct));
    }

    [Fact]
    public async Task A_dry_run_shows_an_edited_figure_as_changed_and_writes_nothing()
    {
        await Import(NoticeTestData.Text);
        var before = await Stored();
        var edited = NoticeTestData.Text.Replace("trained about 6000 people", "trained about 7000 people");

        var diff = (await Import(edited, new ImportOptions { DryRun = true })).Diff;

        Assert.Equal(new PracticeCounts(0, 1, 0, 66), diff.Counts);
        var figure = Assert.Single(diff.Indicators);
        Assert.Equal((ChangeKind.Changed, "3/130426"), (figure.Kind, figure.Key));
        Assert.Contains("6000", figure.Detail);
        Assert.Contains("7000", figure.Detail);
        Assert.Equal(ChangeKind.Changed, Assert.Single(diff.Localities).Kind);
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task A_dry_run_of_a_truncated_notice_lists_every_practice_and_locality_it_would_remove()
    {
        await Import(NoticeTestData.Text);
        var before = await Stored();
        var truncated = NoticeTestData.Text[..(NoticeTestData.Text.Length * 3 / 10)];

        var diff = (await Import(truncated, new ImportOptions { DryRun = true })).Diff;

        Assert.True(diff.RemovesData);
        Assert.Equal(67, diff.Counts.Removed + diff.Counts.Changed + diff.Counts.Unchanged);
        Assert.Equal(diff.Counts.Removed, NoticeDiff.Count(diff.Practices, ChangeKind.Removed));
        Assert.Contains(diff.Practices, p => p is { Kind: ChangeKind.Removed, Key: "12/511700" } && p.Name.Contains("达州"));
        Assert.Contains(diff.Localities, l => l is { Kind: ChangeKind.Removed, Key: "511700" });
        Assert.Equal(before, await Stored());
    }

    [Fact]
    public async Task Two_imports_started_together_wait_for_the_lock_and_run_one_after_the_other()
    {
        // The test holds the import lock, so both imports must queue behind it. Without the lock both would see an empty
        // notice and insert the same 67 practices (a unique violation); serialized, the second finds the first's rows.
        var extraction = NoticeTestData.Read(NoticeTestData.Text);
        await using (var setup = database.CreateContext()) await NoticeTestData.EnsureAdminUnits(setup, _ct, extraction);
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync(_ct);
        var holding = await holder.BeginTransactionAsync(_ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ImportLock.Key})", holder, holding))
            await take.ExecuteNonQueryAsync(_ct);
        var waited = 0;

        async Task<PracticeCounts> ImportOnce()
        {
            await using var db = database.CreateContext();
            var options = new ImportOptions { WaitingForLock = () => Interlocked.Increment(ref waited) };
            return (await NoticeImporter.ImportAsync(db, new NoticeToImport(_id, NoticeTestData.Text, extraction), options, _ct)).Counts;
        }
        var imports = new[] { Task.Run(ImportOnce, _ct), Task.Run(ImportOnce, _ct) };

        await WaitUntil(async () => await WaitingForImportLock(holder) == 2);
        Assert.Equal(2, Volatile.Read(ref waited));
        Assert.DoesNotContain(imports, t => t.IsCompleted);
        Assert.Equal(0, (await Stored()).Practices);

        await holding.CommitAsync(_ct);
        var results = await Task.WhenAll(imports);

        Assert.Equal([new PracticeCounts(0, 0, 0, 67), new PracticeCounts(67, 0, 0, 0)], results.OrderBy(r => r.Added));
        Assert.Equal(67, (await Stored()).Practices);
    }

    private async Task<long> WaitingForImportLock(NpgsqlConnection conn)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND ((classid::bigint << 32) | objid::bigint) = @key
            """, conn) { Parameters = { new("key", ImportLock.Key) } };
        return (long)(await cmd.ExecuteScalarAsync(_ct))!;
    }

    private async Task WaitUntil(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!await condition())
            await Task.Delay(50, timeout.Token);
    }
}
