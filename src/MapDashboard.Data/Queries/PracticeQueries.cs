using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

public static class PracticeQueries
{
    /// <summary>The notice the dashboard shows: the most recently published one (drafts are for editors only); null when none is.</summary>
    public static Task<string?> CurrentNoticeIdAsync(MapDashboardDbContext db, CancellationToken ct) =>
        db.Notices.AsNoTracking().Where(n => n.Status == NoticeStatus.Published)
            .OrderByDescending(n => n.PublishedAt).ThenBy(n => n.Id).Select(n => n.Id).FirstOrDefaultAsync(ct);

    /// <summary>Practices of a notice that pass the filter, ordered by measure then province then locality.</summary>
    public static Task<IReadOnlyList<PracticeRow>> ListAsync(
        MapDashboardDbContext db, string noticeId, DashboardFilter filter, CancellationToken ct) =>
        ProjectAsync(db, Filtered(db, noticeId, filter), ct);

    /// <summary>Every practice of one locality, whatever the filter: a locality shows all its measures.</summary>
    public static Task<IReadOnlyList<PracticeRow>> ForLocalityAsync(MapDashboardDbContext db, string noticeId, string code, CancellationToken ct) =>
        ProjectAsync(db, db.Practices.AsNoTracking().Where(p => p.NoticeId == noticeId && p.AdminCode == code), ct);

    private static async Task<IReadOnlyList<PracticeRow>> ProjectAsync(MapDashboardDbContext db, IQueryable<Practice> practices, CancellationToken ct)
    {
        var rows = await practices
            .Select(p => new
            {
                p.Id, p.Measure!.ThemeNumber, p.Measure.ThemeTitle, p.MeasureNumber, MeasureTitle = p.Measure.Title,
                p.AdminCode, p.Locality!.NameZh, p.Locality.NameEn, p.Locality.Level, p.Locality.ProvinceCode,
                Province = db.AdminUnits.Where(u => u.Code == p.Locality.ProvinceCode).Select(u => new { u.NameZh, u.NameEn }).FirstOrDefault(),
                p.Excerpt, p.Start, p.End,
                Indicators = p.Indicators.OrderBy(i => i.Start)
                    .Select(i => new IndicatorRow(i.Value, i.Unit, i.Qualifier, i.SourcePhrase, i.Note, i.Repaired, i.Start, i.End))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows
            .Select(r => new PracticeRow(r.Id, r.ThemeNumber, r.ThemeTitle, r.MeasureNumber, r.MeasureTitle, r.AdminCode,
                r.NameZh, r.NameEn, r.Level, r.ProvinceCode, r.Province?.NameZh ?? "", r.Province?.NameEn ?? "",
                r.Excerpt, r.Start, r.End, r.Indicators))
            .OrderBy(r => r.MeasureNumber).ThenBy(r => r.ProvinceCode).ThenBy(r => r.Code)
            .ToList();
    }

    internal static IQueryable<Practice> Filtered(MapDashboardDbContext db, string noticeId, DashboardFilter filter)
    {
        var q = db.Practices.AsNoTracking().Where(p => p.NoticeId == noticeId);
        if (filter.Measures is not null)
        {
            var measures = filter.Measures.ToArray();
            q = q.Where(p => measures.Contains(p.MeasureNumber));
        }
        if (filter.ProvinceCodes.Count > 0)
        {
            var provinces = filter.ProvinceCodes.ToArray();
            q = q.Where(p => provinces.Contains(p.Locality!.ProvinceCode));
        }
        if (filter.Levels.Count > 0)
        {
            var levels = filter.Levels.ToArray();
            q = q.Where(p => levels.Contains(p.Locality!.Level));
        }
        return q;
    }
}
