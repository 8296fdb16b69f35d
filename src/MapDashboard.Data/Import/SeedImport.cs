using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;

namespace MapDashboard.Data.Import;

/// <summary>What a start-up import did, for the log.</summary>
public sealed record SeedImportResult(AdminUnitImportResult AdminUnits, IReadOnlyDictionary<string, NoticeImportResult> Notices)
{
    public override string ToString() =>
        $"admin units {AdminUnits}; " + string.Join("; ", Notices.Select(n => $"{n.Key}: practices {n.Value}"));
}

/// <summary>Imports everything the product ships, geodata first (practices reference admin units); each step is idempotent.</summary>
public static class SeedImport
{
    public static async Task<SeedImportResult> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, CancellationToken ct)
    {
        var units = await AdminUnitImporter.ImportAsync(db, geodataDir, ct);
        var gazetteer = GazetteerCsv.ReadFile(Path.Combine(geodataDir, "gazetteer.csv"));
        var notices = new Dictionary<string, NoticeImportResult>();
        foreach (var seed in NoticeSeed.LoadFolder(seedsDir))
            notices[seed.Id] = await NoticeImporter.ImportAsync(db, seed.Id, seed.Text, seed.Read(gazetteer), ct);
        return new SeedImportResult(units, notices);
    }
}
