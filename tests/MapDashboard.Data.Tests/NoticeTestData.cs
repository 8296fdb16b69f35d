using System.Runtime.CompilerServices;
using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite;

namespace MapDashboard.Data.Tests;

/// <summary>The real notice, gazetteer and review file, and admin_units rows for the localities a test needs.</summary>
internal static class NoticeTestData
{
    private static readonly Lazy<IReadOnlyList<GazetteerEntry>> LazyGazetteer = new(() => GazetteerCsv.ReadFile(Path("geodata", "gazetteer.csv")));

    public static IReadOnlyList<GazetteerEntry> Gazetteer => LazyGazetteer.Value;

    /// <summary>The seed's review decisions (seeds/&lt;slug&gt;.review.csv).</summary>
    public static ReviewDecisions SeedDecisions => Decisions.Value;

    /// <summary>
    /// Another notice made from part of the seed: everything up to its second theme (title, intro, theme 1, measures
    /// 1-3) under the number "[year] No.serial" instead of the seed's.
    /// </summary>
    public static string PartOfSeedAs(int year, int serial)
    {
        var text = Text;
        var part = text[..text.IndexOf("Second, improve the level of urban construction", StringComparison.Ordinal)];
        return part.Replace("[2021] No.668", $"[{year}] No.{serial}");
    }
    private static readonly Lazy<ReviewDecisions> Decisions = new(() => ReviewDecisions.ReadFile(Path("seeds", "ndrc-2021-668.review.csv")));

    public static string Text => File.ReadAllText(Path("seeds", "ndrc-2021-668-notice.txt"));

    public static NoticeExtraction Read(string text) => new NoticeReader(Gazetteer, Decisions.Value).Read(text);

    /// <summary>Inserts the admin_units rows the extractions need and that are not there yet (the real AdminUnitImporter is another verb's job).</summary>
    public static async Task EnsureAdminUnits(MapDashboardDbContext db, CancellationToken ct, params NoticeExtraction[] extractions)
    {
        var wanted = extractions.SelectMany(x => x.Localities).DistinctBy(l => l.Code).ToList();
        var codes = wanted.Select(l => l.Code).ToList();
        var present = await db.AdminUnits.Where(a => codes.Contains(a.Code)).Select(a => a.Code).ToListAsync(ct);
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        foreach (var l in wanted.Where(l => !present.Contains(l.Code)))
            db.AdminUnits.Add(new AdminUnit
            {
                Code = l.Code, Level = l.Level, NameZh = l.NameZh, ShortNameZh = l.NameZh, NameEn = l.NameEn, Pinyin = l.NameEn,
                ParentCode = l.ParentCode.Length == 0 ? null : l.ParentCode, ProvinceCode = l.ProvinceCode,
                Point = factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(l.Longitude, l.Latitude)),
            });
        await db.SaveChangesAsync(ct);
    }

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root(), .. parts]);

    private static string Root([CallerFilePath] string here = "")
    {
        var dir = System.IO.Path.GetDirectoryName(here);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "MapDashboard.sln"))) dir = System.IO.Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("MapDashboard.sln not found above " + here);
    }
}
