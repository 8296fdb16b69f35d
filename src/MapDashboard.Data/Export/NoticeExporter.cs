using MapDashboard.Core.Notices;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Export;

/// <summary>
/// Rebuilds a notice's extraction from the database so export writes the same files as read-notice. Name-recognition
/// review items (unmatched or ambiguous names) are not stored; the figure sections of review.md are rebuilt from indicators.
/// </summary>
public static class NoticeExporter
{
    public const string ReviewPreface =
        "Exported from the database. Name recognition (unmatched, ambiguous, parents, institutions) is reviewed in the output of `mapdash read-notice`; the figure sections below come from the stored indicators.";

    /// <summary>The id of the newest published notice (what readers see as "current"); null when none is published.</summary>
    public static Task<string?> NewestPublishedAsync(MapDashboardDbContext db, CancellationToken ct) =>
        db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.Published)
            .OrderByDescending(n => n.PublishedAt ?? n.ImportedAt).ThenByDescending(n => n.ImportedAt)
            .Select(n => n.Id).FirstOrDefaultAsync(ct);

    public static async Task<NoticeExtraction> LoadAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct = default)
    {
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noticeId, ct)
            ?? throw new InvalidOperationException($"No notice '{noticeId}' in the database; run mapdash import first.");
        var measures = await db.Measures.AsNoTracking().Where(m => m.NoticeId == noticeId).OrderBy(m => m.Number).ToListAsync(ct);
        var practices = await db.Practices.AsNoTracking().Include(p => p.Indicators).Include(p => p.Locality)
            .Where(p => p.NoticeId == noticeId).ToListAsync(ct);
        var themeOf = measures.ToDictionary(m => m.Number, m => m.ThemeNumber);

        var structure = new NoticeStructure(
            notice.Title,
            measures.GroupBy(m => m.ThemeNumber).Select(g => new NoticeTheme(g.Key, g.First().ThemeTitle, default)).ToList(),
            measures.Select(m => new NoticeMeasure(m.Number, m.ThemeNumber, m.Title, m.Lead, default, default)).ToList());
        var localities = practices.Select(p => p.Locality!).DistinctBy(a => a.Code).Select(ToLocality).ToList();
        var practiceRecords = practices.Select(p => new PracticeRecord(
            themeOf[p.MeasureNumber], p.MeasureNumber, p.AdminCode, p.Locality!.NameEn, p.Excerpt, new TextRange(p.Start, p.End))).ToList();
        var indicators = practices.SelectMany(p => p.Indicators.Select(i => new IndicatorRecord(
            p.MeasureNumber, p.AdminCode, i.Value, i.Unit, i.Qualifier, i.SourcePhrase, new TextRange(i.Start, i.End), i.Note, i.Repaired))).ToList();
        return new NoticeExtraction(structure, localities, practiceRecords, indicators, []);
    }

    private static PlottedLocality ToLocality(AdminUnit a) =>
        new(a.Code, a.NameZh, a.NameEn, a.Level, a.ProvinceCode, a.ParentCode ?? "", a.Point.X, a.Point.Y);
}
