using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

public sealed record NoticeText(string Id, string Title, string Text);

public static class NoticeQueries
{
    public static Task<NoticeText?> TextAsync(MapDashboardDbContext db, string noticeId, CancellationToken ct) =>
        db.Notices.AsNoTracking().Where(n => n.Id == noticeId).Select(n => new NoticeText(n.Id, n.Title, n.Text)).FirstOrDefaultAsync(ct);
}
