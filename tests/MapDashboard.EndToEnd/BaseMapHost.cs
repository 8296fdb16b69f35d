using MapDashboard.Data.Import;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The product's own seed import: the 34 real provincial units (and every other unit) from the committed geodata, and
/// the notice, so the dashboard shows its map.
/// </summary>
public sealed class SeededHost : DashboardHost
{
    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
    }
}
