using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Web.Features.Notices;

/// <summary>The current notice's full text, for reading an excerpt in its context; null when missing or unreachable.</summary>
public class NoticeTextService(IDbContextFactory<MapDashboardDbContext> factory, ILogger<NoticeTextService> log)
{
    public virtual async Task<NoticeText?> CurrentAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var id = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
            return id is null ? null : await NoticeQueries.TextAsync(db, id, ct);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            log.LogWarning(e, "Notice text query failed");
            return null;
        }
    }
}
