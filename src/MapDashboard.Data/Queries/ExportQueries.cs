using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>A locality's representative point, in WGS 84 degrees.</summary>
public sealed record LocalityPoint(double Longitude, double Latitude);

public static class ExportQueries
{
    /// <summary>Representative points of these localities, without their boundaries (exports carry points only).</summary>
    public static async Task<IReadOnlyDictionary<string, LocalityPoint>> PointsAsync(
        MapDashboardDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct().ToArray();
        var points = await db.AdminUnits.AsNoTracking().Where(u => wanted.Contains(u.Code))
            .Select(u => new { u.Code, u.Point })
            .ToListAsync(ct);
        return points.ToDictionary(p => p.Code, p => new LocalityPoint(p.Point.X, p.Point.Y));
    }
}
