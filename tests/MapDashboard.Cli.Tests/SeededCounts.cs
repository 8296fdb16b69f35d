using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Cli.Tests;

/// <summary>How much of the seed notice the database holds, and its data version.</summary>
public sealed record SeededCounts(int Practices, int Localities, int Measures, int Indicators, long DataVersion)
{
    public const string NoticeId = "ndrc-2021-668";

    /// <summary>What the seeds import: 67 practices in 57 localities under 13 measures, with 50 figures.</summary>
    public static (int, int, int, int) Seed => (67, 57, 13, 50);

    public (int, int, int, int) Rows => (Practices, Localities, Measures, Indicators);

    public static async Task<SeededCounts> ReadAsync(PostgisDatabase database)
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        return new SeededCounts(
            await db.Practices.CountAsync(p => p.NoticeId == NoticeId, ct),
            await db.Practices.Where(p => p.NoticeId == NoticeId).Select(p => p.AdminCode).Distinct().CountAsync(ct),
            await db.Measures.CountAsync(m => m.NoticeId == NoticeId, ct),
            await db.Indicators.CountAsync(i => i.Practice!.NoticeId == NoticeId, ct),
            await DataVersionQueries.CurrentAsync(db, ct));
    }
}
