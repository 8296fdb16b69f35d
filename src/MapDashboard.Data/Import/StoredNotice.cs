using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>What the database holds for one notice, read (untracked) before an import decides anything.</summary>
internal sealed record StoredNotice(
    string? TextSha256, string? Title, IReadOnlyList<Measure> Measures, IReadOnlyList<Practice> Practices,
    IReadOnlyDictionary<string, string> LocalityNames)
{
    public bool Exists => TextSha256 is not null;

    public static async Task<StoredNotice> LoadAsync(MapDashboardDbContext db, string noticeId, IEnumerable<string> moreCodes, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().Where(n => n.Id == noticeId)
            .Select(n => new { n.TextSha256, n.Title }).SingleOrDefaultAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.NoticeId == noticeId).ToListAsync(ct);
        var practices = await db.Practices.AsNoTracking().Include(p => p.Indicators).Where(p => p.NoticeId == noticeId).ToListAsync(ct);
        var codes = practices.Select(p => p.AdminCode).Concat(moreCodes).Distinct().ToList();
        var names = await db.AdminUnits.AsNoTracking().Where(a => codes.Contains(a.Code))
            .ToDictionaryAsync(a => a.Code, a => $"{a.NameZh} {a.NameEn}", ct);
        return new StoredNotice(notice?.TextSha256, notice?.Title, measures, practices, names);
    }
}
