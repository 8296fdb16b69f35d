using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Import;

/// <summary>A notice as listed for editors and `mapdash notices list`: drafts included.</summary>
public sealed record NoticeListItem(
    string Id, string Number, string Title, string? TitleZh, DateOnly? IssuedOn, string? Source, NoticeStatus Status,
    DateTimeOffset? PublishedAt, int Localities, int Practices, int Revisions);

/// <summary>One publish of a notice, without its text: who, when, what changed.</summary>
public sealed record NoticeRevisionInfo(int Sequence, string PublishedBy, DateTimeOffset PublishedAt, string Summary, string TextSha256);

/// <summary>What editors and the CLI list: every notice with its counts, and a notice's revisions, newest first.</summary>
public static class NoticeHistory
{
    /// <summary>Every notice, drafts included: published newest first, then drafts.</summary>
    public static async Task<IReadOnlyList<NoticeListItem>> ListAsync(MapDashboardDbContext db, CancellationToken ct) =>
        await db.Notices.AsNoTracking()
            .OrderBy(n => n.Status == NoticeStatus.Draft).ThenByDescending(n => n.PublishedAt).ThenBy(n => n.Id)
            .Select(n => new NoticeListItem(
                n.Id, n.Number, n.Title, n.TitleZh, n.IssuedOn, n.Source, n.Status, n.PublishedAt,
                db.Practices.Where(p => p.NoticeId == n.Id).Select(p => p.AdminCode).Distinct().Count(),
                db.Practices.Count(p => p.NoticeId == n.Id),
                n.Revisions.Count))
            .ToListAsync(ct);

    /// <summary>The revisions of a notice, newest first; empty for a draft or an unknown id.</summary>
    public static async Task<IReadOnlyList<NoticeRevisionInfo>> RevisionsAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct) =>
        await db.NoticeRevisions.AsNoTracking().Where(r => r.NoticeId == noticeId).OrderByDescending(r => r.Sequence)
            .Select(r => new NoticeRevisionInfo(r.Sequence, r.PublishedBy, r.PublishedAt, r.Summary, r.TextSha256))
            .ToListAsync(ct);
}
