using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;

namespace MapDashboard.Data.Import;

/// <summary>
/// Imports everything the product ships (geodata, then every notice in the seeds folder) through the one import flow:
/// one transaction under the import lock, removals refused unless allowed, nothing written when nothing changed.
/// </summary>
public static class SeedImport
{
    public static Task<ImportReport> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, CancellationToken ct) =>
        RunAsync(db, geodataDir, seedsDir, ImportOptions.Default, ct);

    public static Task<ImportReport> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, ImportOptions options, CancellationToken ct)
    {
        var gazetteer = GazetteerCsv.ReadFile(Path.Combine(geodataDir, GeodataFiles.Gazetteer));
        var notices = NoticeSeed.LoadFolder(seedsDir).Select(s => new NoticeToImport(s.Id, s.Text, s.Read(gazetteer)) { TitlesZh = s.TitlesZh }).ToList();
        return DataImport.RunAsync(db, new ImportRequest(geodataDir, notices), options, ct);
    }
}
