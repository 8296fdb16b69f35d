using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data;
using MapDashboard.Data.Import;

namespace MapDashboard.TestSupport;

/// <summary>
/// A second notice made from part of the seed notice: its head and first three measures under another document number,
/// imported beside the seed notice as an editor's next batch would be.
/// </summary>
public static class SecondNotice
{
    public const string SeedNumber = "[2021] No.668";
    public const string Number = "[2023] No.901";
    public const string Id = "ndrc-2023-901";

    /// <summary>The seed text up to the end of measure (3), numbered <see cref="Number"/>.</summary>
    public static string Text
    {
        get
        {
            var seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));
            var end = seed.IndexOf("\n(4)", StringComparison.Ordinal);
            return seed[..end].Replace(SeedNumber, Number, StringComparison.Ordinal) + "\n";
        }
    }

    public static NoticeExtraction Read() =>
        new NoticeReader(GazetteerCsv.ReadFile(Path.Combine(RepoPaths.Geodata, GeodataFiles.Gazetteer)), ReviewDecisions.None).Read(Text);

    /// <summary>Imports it (published, as the importer does today) into a database that holds the seeds' admin units.</summary>
    public static async Task<NoticeExtraction> ImportAsync(MapDashboardDbContext db, CancellationToken ct = default)
    {
        var read = Read();
        if (read.Structure.Number?.Slug != Id) throw new InvalidOperationException($"The second notice reads as {read.Structure.Number?.Slug}, not {Id}.");
        await NoticeImporter.ImportAsync(db, new NoticeToImport(Id, Text, read), new ImportOptions { Publish = true, PublishedBy = "test" }, ct);
        return read;
    }
}
