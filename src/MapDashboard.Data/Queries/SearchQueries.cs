using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

/// <summary>A plotted locality as the search box offers it.</summary>
public sealed record LocalityOption(string Code, string NameZh, string NameEn, string Pinyin, string ProvinceNameZh, string ProvinceNameEn)
{
    /// <summary>Matches Chinese, English or pinyin, ignoring case, spaces and apostrophes ("jiang 'an" finds Jiang'an).</summary>
    public bool Matches(string query)
    {
        var q = Fold(query);
        if (q.Length == 0) return true;
        return NameZh.Contains(query.Trim(), StringComparison.Ordinal) || Fold(NameEn).Contains(q) || Fold(Pinyin).Contains(q)
            || ProvinceNameZh.Contains(query.Trim(), StringComparison.Ordinal) || Fold(ProvinceNameEn).Contains(q);
    }

    private static string Fold(string s) =>
        new(s.Where(c => !char.IsWhiteSpace(c) && c is not '\'' and not '’' and not '-').Select(char.ToLowerInvariant).ToArray());
}

public static class SearchQueries
{
    /// <summary>Every locality the notice credits, for the search box.</summary>
    public static async Task<IReadOnlyList<LocalityOption>> PlottedOptionsAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct)
    {
        var codes = db.Practices.Where(p => p.NoticeId == noticeId).Select(p => p.AdminCode).Distinct();
        return await db.AdminUnits.AsNoTracking().Where(u => codes.Contains(u.Code))
            .OrderBy(u => u.Code)
            .Select(u => new LocalityOption(u.Code, u.NameZh, u.NameEn, u.Pinyin,
                db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameZh).FirstOrDefault() ?? "",
                db.AdminUnits.Where(p => p.Code == u.ProvinceCode).Select(p => p.NameEn).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
    }
}
