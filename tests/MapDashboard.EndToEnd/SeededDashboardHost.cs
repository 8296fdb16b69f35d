using MapDashboard.Data.Import;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd;

/// <summary>The real seeds: every admin unit of the committed geodata and the notice, imported as start-up does (~20 s).</summary>
public sealed class SeededDashboardHost : DashboardHost
{
    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
    }
}
