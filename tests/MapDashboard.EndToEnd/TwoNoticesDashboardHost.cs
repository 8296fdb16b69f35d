using MapDashboard.Data.Import;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The real seeds and, published after them, the second test notice (part of the seed notice under another number,
/// <see cref="TestSupport.SecondNotice"/>): two notices readers can put side by side; the second is the newest.
/// </summary>
public sealed class TwoNoticesDashboardHost : DashboardHost
{
    public const string Seed = "ndrc-2021-668";
    public const string Second = TestSupport.SecondNotice.Id;

    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
        await TestSupport.SecondNotice.ImportAsync(db);
    }
}
