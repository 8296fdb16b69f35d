using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>What the database holds for one notice, read (untracked) before an import decides anything.</summary>
internal sealed record StoredNotice(
    string? TextSha256, string? Title, IReadOnlyList<Measure> Measures, IReadOnlyList<Practice> Practices,
    IReadOnlyDictionary<string, string> LocalityNames)
{
    public bool Exists => TextSha256 is not null;

    /// <summary>Number, Chinese title, date and source as stored ("" number for rows imported before they were read).</summary>
    public (string Number, string? TitleZh, DateOnly? IssuedOn, string? Source) Metadata { get; init; }

    public NoticeStatus? Status { get; init; }

    public ReviewDecisions Decisions { get; init; } = ReviewDecisions.None;

    public static async Task<StoredNotice> LoadAsync(MapDashboardDbContext db, string noticeId, IEnumerable<string> moreCodes, CancellationToken ct)
    {
        var notice = await db.Notices.AsNoTracking().Where(n => n.Id == noticeId)
            .Select(n => new { n.TextSha256, n.Title, n.Number, n.TitleZh, n.IssuedOn, n.Source, n.Status }).SingleOrDefaultAsync(ct);
        var measures = await db.Measures.AsNoTracking().Where(m => m.NoticeId == noticeId).ToListAsync(ct);
        var practices = await db.Practices.AsNoTracking().Include(p => p.Indicators).Where(p => p.NoticeId == noticeId).ToListAsync(ct);
        var codes = practices.Select(p => p.AdminCode).Concat(moreCodes).Distinct().ToList();
        var names = await db.AdminUnits.AsNoTracking().Where(a => codes.Contains(a.Code))
            .ToDictionaryAsync(a => a.Code, a => $"{a.NameZh} {a.NameEn}", ct);
        return new StoredNotice(notice?.TextSha256, notice?.Title, measures, practices, names)
        {
            Metadata = notice is null ? default : (notice.Number, notice.TitleZh, notice.IssuedOn, notice.Source),
            Status = notice?.Status,
            Decisions = notice is null ? ReviewDecisions.None : await ReviewDecisionRows.LoadAsync(db, noticeId, ct),
        };
    }
}
