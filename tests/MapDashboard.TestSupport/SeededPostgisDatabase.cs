using MapDashboard.Data.Import;

namespace MapDashboard.TestSupport;

/// <summary>A migrated test database holding the real seeds (all admin units and the notice), as start-up imports them.</summary>
public sealed class SeededPostgisDatabase : PostgisDatabase
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
    }
}
