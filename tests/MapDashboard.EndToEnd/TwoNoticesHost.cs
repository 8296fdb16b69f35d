using MapDashboard.Data.Import;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd;

/// <summary>The seeds plus a second published notice, newer, made from part of the seed text (<see cref="SecondNotice"/>).</summary>
public sealed class TwoNoticesHost : DashboardHost
{
    public const string FirstId = "ndrc-2021-668";
    public const string SecondId = SecondNotice.Id;

    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
        await SecondNotice.ImportAsync(db);
    }
}
