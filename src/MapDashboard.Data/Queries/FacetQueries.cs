using MapDashboard.Core.Geography;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>A facet value with the number of distinct localities that have it.</summary>
public sealed record FacetCount(string Key, string Label, string LabelZh, int Localities);

/// <summary>
/// Counts beside each filter choice. Each facet is counted with the other facets' filters applied but not its own, so
/// picking a province does not make every other province read zero.
/// </summary>
public sealed record FacetCounts(
    IReadOnlyList<FacetCount> Measures,
    IReadOnlyList<FacetCount> Themes,
    IReadOnlyList<FacetCount> Provinces,
    IReadOnlyList<FacetCount> Levels,
    int Localities,
    int Practices);

public static class FacetQueries
{
    public static async Task<FacetCounts> CountAsync(MapDashboardDbContext db, string noticeId, DashboardFilter filter, CancellationToken ct)
    {
        var measureRows = await PracticeQueries.Filtered(db, noticeId, filter.WithoutMeasures())
            .Select(p => new { p.MeasureNumber, p.Measure!.ThemeNumber, p.Measure.Title, p.Measure.ThemeTitle, p.AdminCode })
            .ToListAsync(ct);
        var measures = measureRows.GroupBy(r => (r.MeasureNumber, r.Title))
            .OrderBy(g => g.Key.MeasureNumber)
            .Select(g => new FacetCount(g.Key.MeasureNumber.ToString(), g.Key.Title, "", g.Select(r => r.AdminCode).Distinct().Count()))
            .ToList();
        var themes = measureRows.GroupBy(r => (r.ThemeNumber, r.ThemeTitle))
            .OrderBy(g => g.Key.ThemeNumber)
            .Select(g => new FacetCount(g.Key.ThemeNumber.ToString(), g.Key.ThemeTitle, "", g.Select(r => r.AdminCode).Distinct().Count()))
            .ToList();

        var provinces = (await PracticeQueries.Filtered(db, noticeId, filter.WithoutProvinces())
                .Select(p => new { p.Locality!.ProvinceCode, p.AdminCode })
                .Distinct()
                .Join(db.AdminUnits, p => p.ProvinceCode, u => u.Code, (p, u) => new { p.ProvinceCode, u.NameEn, u.NameZh, p.AdminCode })
                .ToListAsync(ct))
            .GroupBy(r => (r.ProvinceCode, r.NameEn, r.NameZh))
            .OrderBy(g => g.Key.ProvinceCode)
            .Select(g => new FacetCount(g.Key.ProvinceCode, g.Key.NameEn, g.Key.NameZh, g.Count()))
            .ToList();

        var levels = (await PracticeQueries.Filtered(db, noticeId, filter.WithoutLevels())
                .Select(p => new { p.Locality!.Level, p.AdminCode })
                .Distinct()
                .ToListAsync(ct))
            .GroupBy(r => r.Level)
            .OrderBy(g => AdminLevelNames.Codes.TakeWhile(c => c != g.Key).Count())
            .Select(g => new FacetCount(g.Key, g.Key, "", g.Count()))
            .ToList();

        var matching = await PracticeQueries.Filtered(db, noticeId, filter).Select(p => p.AdminCode).ToListAsync(ct);
        return new FacetCounts(measures, themes, provinces, levels, matching.Distinct().Count(), matching.Count);
    }
}
