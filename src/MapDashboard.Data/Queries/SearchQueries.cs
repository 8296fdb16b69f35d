using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>A plotted locality as the search box offers it.</summary>
public sealed record LocalityOption(string Code, string NameZh, string NameEn, string Pinyin, string ProvinceNameZh, string ProvinceNameEn)
{
    /// <summary>
    /// Names of the units the locality lies in below its province (its city or prefecture, a town's county), in
    /// Chinese, English and pinyin: typing 成都 or Chengdu finds the pilots inside Chengdu.
    /// </summary>
    public string Within { get; init; } = "";

    /// <summary>Matches Chinese, English or pinyin, ignoring case, spaces and apostrophes ("jiang 'an" finds Jiang'an).</summary>
    public bool Matches(string query)
    {
        var q = PlaceText.Fold(query);
        if (q.Length == 0) return true;
        var zh = query.Trim();
        return NameZh.Contains(zh, StringComparison.Ordinal) || PlaceText.Fold(NameEn).Contains(q) || PlaceText.Fold(Pinyin).Contains(q)
            || ProvinceNameZh.Contains(zh, StringComparison.Ordinal) || PlaceText.Fold(ProvinceNameEn).Contains(q)
            || Within.Contains(zh, StringComparison.Ordinal) || PlaceText.Fold(Within).Contains(q);
    }

    /// <summary>Matches the locality itself, not only a unit it lies in (such a match is listed first).</summary>
    public bool MatchesOwnName(string query)
    {
        var q = PlaceText.Fold(query);
        return q.Length > 0 && (NameZh.Contains(query.Trim(), StringComparison.Ordinal) || PlaceText.Fold(NameEn).Contains(q) || PlaceText.Fold(Pinyin).Contains(q));
    }
}

/// <summary>
/// A unit of the gazetteer that is not a pilot of the notice (a province, city or county), for the search box: the
/// map flies to <see cref="Bounds"/> (or the point, for a unit without a boundary) and says it is not a pilot.
/// </summary>
public sealed record GazetteerPlace(string Code, string Level, string NameZh, string NameEn, string ProvinceNameZh, string ProvinceNameEn,
    double Longitude, double Latitude, PlaceBounds? Bounds);

/// <summary>A unit's bounding box in degrees.</summary>
public sealed record PlaceBounds(double West, double South, double East, double North);

public static class SearchQueries
{
    /// <summary>At most this many gazetteer places answer one search: a box offers a handful, never a table.</summary>
    public const int MaxGazetteerResults = 20;

    /// <summary>Longest text searched; longer input cannot be a place name.</summary>
    public const int MaxQueryLength = 40;

    /// <summary>Every locality the notice credits, for the search box, with the names of the units it lies in.</summary>
    public static async Task<IReadOnlyList<LocalityOption>> PlottedOptionsAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct)
    {
        var codes = db.Practices.Where(p => p.NoticeId == noticeId).Select(p => p.AdminCode).Distinct();
        var units = await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code))
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                Option = new LocalityOption(u.Code, u.NameZh, u.NameEn, u.Pinyin,
                    db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameZh).FirstOrDefault() ?? "",
                    db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameEn).FirstOrDefault() ?? ""),
                u.ParentCode, u.ProvinceCode,
            })
            .ToListAsync(ct);
        var ancestors = await AncestorsAsync(db, units.Select(u => u.ParentCode), ct);
        return units.Select(u => u.Option with { Within = WithinText(u.ParentCode, u.ProvinceCode, ancestors) }).ToList();
    }

    /// <summary>
    /// Provinces, cities and counties of the gazetteer (not towns) whose Chinese, English or pinyin name contains
    /// <paramref name="text"/>, leaving out the notice's pilots (the plotted options list those); exact names first,
    /// then larger units. Empty for empty or over-long text.
    /// </summary>
    public static async Task<IReadOnlyList<GazetteerPlace>> GazetteerAsync(MapDashboardDbContext db, string noticeId, string? text,
        int limit, CancellationToken ct)
    {
        var zh = (text ?? "").Trim();
        var folded = PlaceText.Fold(zh);
        if (folded.Length == 0 || zh.Length > MaxQueryLength) return [];
        var pattern = "%" + EscapeLike(folded) + "%";
        var plotted = db.Practices.Where(p => p.NoticeId == noticeId).Select(p => p.AdminCode);
        var rows = await db.AdminUnits.AsNoTracking()
            .Where(u => u.Level != "town" && !plotted.Contains(u.Code))
            .Where(u => u.NameZh.Contains(zh) || EF.Functions.ILike(u.NameEn.Replace(" ", "").Replace("'", "").Replace("-", ""), pattern)
                || EF.Functions.ILike(u.Pinyin.Replace(" ", "").Replace("'", ""), pattern))
            .OrderBy(u => u.NameZh == zh || u.ShortNameZh == zh || u.Pinyin.ToLower() == folded ? 0 : 1)
            .ThenBy(u => u.Level == "province" ? 0 : u.Level == "prefecture" ? 1 : 2)
            .ThenBy(u => u.Code)
            .Take(Math.Clamp(limit, 1, MaxGazetteerResults))
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

    /// <summary>Every unit above <paramref name="parents"/> (a town's county, a county's prefecture, ...) by code.</summary>
    private static async Task<Dictionary<string, AdminUnit>> AncestorsAsync(MapDashboardDbContext db, IEnumerable<string?> parents, CancellationToken ct)
    {
        var found = new Dictionary<string, AdminUnit>();
        var wanted = parents.OfType<string>().ToHashSet();
        // Towns sit three levels below their province: a few rounds at most.
        while (wanted.Count > 0)
        {
            var units = await db.AdminUnits.AsNoTracking().Where(u => wanted.Contains(u.Code))
                .Select(u => new AdminUnit
                {
                    Code = u.Code, Level = u.Level, NameZh = u.NameZh, ShortNameZh = u.ShortNameZh, NameEn = u.NameEn,
                    Pinyin = u.Pinyin, ParentCode = u.ParentCode, ProvinceCode = u.ProvinceCode, Point = u.Point,
                })
                .ToListAsync(ct);
            foreach (var u in units) found[u.Code] = u;
            wanted = units.Select(u => u.ParentCode).OfType<string>().Where(c => !found.ContainsKey(c)).ToHashSet();
        }
        return found;
    }

    private static string WithinText(string? parent, string province, Dictionary<string, AdminUnit> ancestors)
    {
        var names = new List<string>();
        for (var code = parent; code is not null && code != province && ancestors.TryGetValue(code, out var unit); code = unit.ParentCode)
            names.Add($"{unit.NameZh} {unit.NameEn} {unit.Pinyin}");
        return string.Join(" | ", names);
    }
}

/// <summary>How the search box compares names: case, spaces, apostrophes and hyphens do not count.</summary>
public static class PlaceText
{
    public static string Fold(string s) =>
        new(s.Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '-').Select(char.ToLowerInvariant).ToArray());
}
