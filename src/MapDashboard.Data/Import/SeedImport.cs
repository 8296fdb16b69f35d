namespace MapDashboard.Data.Import;

/// <summary>Imports everything the product ships (geodata, then notices) in order; each step is idempotent.</summary>
public static class SeedImport
{
    public static Task<string> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, CancellationToken ct)
    {
        _ = (db, geodataDir, seedsDir, ct);
        return Task.FromResult("nothing to import yet");
    }
}
