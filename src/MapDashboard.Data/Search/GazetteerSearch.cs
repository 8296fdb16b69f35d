using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Search;

/// <summary>
/// A unit of the gazetteer that is not a pilot of the notice (a province, city or county), for the search box: the
/// map flies to <see cref="Bounds"/> (or the point, for a unit without a boundary) and says it is not a pilot.
/// </summary>
public sealed record GazetteerPlace(string Code, string Level, string NameZh, string NameEn, string ProvinceNameZh, string ProvinceNameEn,
    double Longitude, double Latitude, PlaceBounds? Bounds);

/// <summary>A unit's bounding box in degrees.</summary>
public sealed record PlaceBounds(double West, double South, double East, double North);

/// <summary>
/// Finds any province, city or county of the gazetteer by name (the pilots themselves come from the read model's
/// snapshot, in memory). One bounded query per search: at most <see cref="MaxResults"/> rows, LIKE wildcards in the
/// text escaped, text longer than <see cref="MaxQueryLength"/> refused. Web reaches it without a DbContext.
/// </summary>
public class GazetteerSearch(IDbContextFactory<MapDashboardDbContext> factory)
{
    /// <summary>At most this many places answer one search: a box offers a handful, never a table.</summary>
    public const int MaxResults = 20;

    /// <summary>Longest text searched; longer input cannot be a place name.</summary>
    public const int MaxQueryLength = 40;

    /// <summary>
    /// Provinces, cities and counties (not towns) whose Chinese, English or pinyin name contains <paramref name="text"/>,
    /// leaving out <paramref name="exclude"/> (the notice's pilots, which the box lists already); exact names first,
    /// then larger units. Empty for empty or over-long text. Throws what DatabaseFailure recognises when the database
    /// does not answer.
    /// </summary>
    public virtual async Task<IReadOnlyList<GazetteerPlace>> FindAsync(string? text, IReadOnlyCollection<string> exclude, int limit,
        CancellationToken ct)
    {
        var zh = (text ?? "").Trim();
        var folded = PlaceText.Fold(zh);
        if (folded.Length == 0 || zh.Length > MaxQueryLength) return [];
        var pattern = "%" + EscapeLike(folded) + "%";
        var excluded = exclude.ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level != "town" && !excluded.Contains(u.Code))
            .Where(u => u.NameZh.Contains(zh) || EF.Functions.ILike(u.NameEn.Replace(" ", "").Replace("'", "").Replace("-", ""), pattern)
                || EF.Functions.ILike(u.Pinyin.Replace(" ", "").Replace("'", ""), pattern))
            .OrderBy(u => u.NameZh == zh || u.ShortNameZh == zh || u.Pinyin.ToLower() == folded ? 0 : 1)
            .ThenBy(u => u.Level == "province" ? 0 : u.Level == "prefecture" ? 1 : 2)
            .ThenBy(u => u.Code)
            .Take(Math.Clamp(limit, 1, MaxResults))
            .Select(u => new
            {
                u.Code, u.Level, u.NameZh, u.NameEn, u.Point, Envelope = u.Boundary == null ? null : u.Boundary.Envelope,
                ProvinceZh = db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameZh).FirstOrDefault() ?? "",
                ProvinceEn = db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameEn).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        return rows.Select(r => new GazetteerPlace(r.Code, r.Level, r.NameZh, r.NameEn, r.ProvinceZh, r.ProvinceEn, r.Point.X, r.Point.Y,
            r.Envelope is { IsEmpty: false } e
                ? new PlaceBounds(e.EnvelopeInternal.MinX, e.EnvelopeInternal.MinY, e.EnvelopeInternal.MaxX, e.EnvelopeInternal.MaxY)
                : null)).ToList();
    }

    private static string EscapeLike(string s) => s.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
