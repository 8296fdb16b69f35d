using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using MapDashboard.Web.Hosting;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>What the briefing loaded: the notice's measures and practices, nothing imported, or no database.</summary>
public abstract record PresenterLoad
{
    public sealed record Loaded(string NoticeTitle, IReadOnlyList<MeasureInfo> Measures, IReadOnlyList<PracticeRow> Rows) : PresenterLoad;
    public sealed record NothingImported : PresenterLoad;
    public sealed record DatabaseUnavailable(string Reason) : PresenterLoad;
}

/// <summary>The presenter's one door to the database: one context per load; a lost database becomes a state.</summary>
public class PresenterData(IDbContextFactory<MapDashboardDbContext> factory, ILogger<PresenterData> log)
{
    public virtual async Task<PresenterLoad> LoadAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var noticeId = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
            if (noticeId is null) return new PresenterLoad.NothingImported();
            var title = await db.Notices.AsNoTracking().Where(n => n.Id == noticeId).Select(n => n.Title).FirstAsync(ct);
            var measures = await MeasureQueries.ListAsync(db, noticeId, ct);
            var rows = await PracticeQueries.ListAsync(db, noticeId, DashboardFilter.None, ct);
            return new PresenterLoad.Loaded(title, measures, rows);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            // The server's text ("57P01: terminating connection…") is for the log; the page gets the id to quote.
            var id = CorrelationId.NewId();
            log.LogWarning(e, "Presenter query failed: database unavailable ({CorrelationId})", id);
            return new PresenterLoad.DatabaseUnavailable("ID " + id);
        }
    }
}
