using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Queries;

/// <summary>A locality the notice credits, with what the map needs to draw it.</summary>
public sealed record PlottedLocalityRow(
    string Code, string NameZh, string NameEn, string Pinyin, string Level, string ProvinceCode,
    string ProvinceNameZh, string ProvinceNameEn, Point Point, Geometry? Boundary, double Area, IReadOnlyList<int> Measures,
    IReadOnlyList<int> Themes);

public static class LocalityQueries
{
    /// <summary>Every locality with at least one practice in the notice, largest first (so smaller ones draw on top).</summary>
    public static async Task<IReadOnlyList<PlottedLocalityRow>> PlottedAsync(
        MapDashboardDbContext db, string noticeId, double tolerance, CancellationToken ct)
    {
        var practices = await db.Practices.AsNoTracking().Where(p => p.NoticeId == noticeId)
            .Select(p => new { p.AdminCode, p.MeasureNumber, p.Measure!.ThemeNumber })
            .ToListAsync(ct);
        var codes = practices.Select(p => p.AdminCode).Distinct().ToArray();
        var units = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new
            {
                u.Code, u.NameZh, u.NameEn, u.Pinyin, u.Level, u.ProvinceCode, u.Point, u.Boundary,
                Province = db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => new { p.NameZh, p.NameEn }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return units
            .Select(u =>
            {
                var mine = practices.Where(p => p.AdminCode == u.Code).ToList();
                Geometry? boundary = u.Boundary is null ? null
                    : tolerance > 0 ? NetTopologySuite.Simplify.TopologyPreservingSimplifier.Simplify(u.Boundary, tolerance) : u.Boundary;
                return new PlottedLocalityRow(u.Code, u.NameZh, u.NameEn, u.Pinyin, u.Level, u.ProvinceCode,
                    u.Province?.NameZh ?? "", u.Province?.NameEn ?? "",
                    u.Point, boundary, u.Boundary?.Area ?? 0,
                    mine.Select(p => p.MeasureNumber).Distinct().Order().ToList(),
                    mine.Select(p => p.ThemeNumber).Distinct().Order().ToList());
            })
            .OrderByDescending(u => u.Area).ThenBy(u => u.Code)
            .ToList();
    }
}
