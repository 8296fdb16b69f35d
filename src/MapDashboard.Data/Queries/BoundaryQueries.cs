using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Queries;

/// <summary>A unit's boundary as the map draws it, with its representative point (where the map puts its label).</summary>
public sealed record BoundaryRow(
    string Code, string Level, string NameZh, string ShortNameZh, string NameEn, string Pinyin, string ProvinceCode, Geometry Boundary, Point Label);

public static class BoundaryQueries
{
    /// <summary>Boundaries of every unit at one level, simplified in PostGIS to <paramref name="tolerance"/> degrees.</summary>
    public static async Task<IReadOnlyList<BoundaryRow>> AtLevelAsync(
        MapDashboardDbContext db, string level, double tolerance, CancellationToken ct)
    {
        var rows = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level == level && u.Boundary != null)
            .OrderBy(u => u.Code)
            .Select(u => new { u.Code, u.Level, u.NameZh, u.ShortNameZh, u.NameEn, u.Pinyin, u.ProvinceCode, u.Boundary, u.Point })
            .ToListAsync(ct);
        return rows.Select(r => new BoundaryRow(r.Code, r.Level, r.NameZh, r.ShortNameZh, r.NameEn, r.Pinyin, r.ProvinceCode,
                tolerance > 0 ? NetTopologySuite.Simplify.TopologyPreservingSimplifier.Simplify(r.Boundary!, tolerance) : r.Boundary!,
                r.Point))
            .ToList();
    }

    /// <summary>Codes of the units whose boundary contains the point (smallest first).</summary>
    public static Task<List<string>> ContainingAsync(MapDashboardDbContext db, Point point, CancellationToken ct) =>
        db.AdminUnits.AsNoTracking()
            .Where(u => u.Boundary != null && u.Boundary.Contains(point))
            .OrderBy(u => u.Boundary!.Area)
            .Select(u => u.Code)
            .ToListAsync(ct);
}
