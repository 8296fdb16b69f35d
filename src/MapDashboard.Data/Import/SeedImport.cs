using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;

namespace MapDashboard.Data.Import;

/// <summary>
/// Imports everything the product ships (geodata, then every notice in the seeds folder, each under the id of its
/// document number, with its review file as its decisions) through the one import flow, published: one transaction
/// under the import lock, removals refused unless allowed, nothing written (and no revision added) when nothing changed.
/// </summary>
public static class SeedImport
{
    public static Task<ImportReport> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, CancellationToken ct) =>
        RunAsync(db, geodataDir, seedsDir, ImportOptions.Default, ct);

    public static Task<ImportReport> RunAsync(MapDashboardDbContext db, string geodataDir, string seedsDir, ImportOptions options, CancellationToken ct)
    {
        var gazetteer = GazetteerCsv.ReadFile(Path.Combine(geodataDir, GeodataFiles.Gazetteer));
        var notices = NoticeSeed.LoadFolder(seedsDir).Select(s => NoticeToImport.Of(s.Text, s.Read(gazetteer), s.Decisions)).ToList();
        return DataImport.RunAsync(db, new ImportRequest(geodataDir, notices), options with { Publish = true }, ct);
    }
}
