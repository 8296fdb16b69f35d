using MapDashboard.Data;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using MapDashboard.Web.Hosting;

namespace MapDashboard.Web.Features.Compare;

/// <summary>What the compare page loaded: the chosen localities and the places one can add, or a state to show.</summary>
public abstract record CompareLoad
{
    /// <summary><paramref name="Unknown"/>: codes from the URL the notice does not credit (dropped from the panels).</summary>
    public sealed record Loaded(IReadOnlyList<CompareLocality> Localities, IReadOnlyList<LocalityOption> Places, IReadOnlyList<string> Unknown) : CompareLoad;
    public sealed record NothingImported : CompareLoad;
    public sealed record DatabaseUnavailable(string Reason) : CompareLoad;
}

/// <summary>The compare page's one door to the database: one context per load; a lost database becomes a state.</summary>
public class CompareData(IDbContextFactory<MapDashboardDbContext> factory, ILogger<CompareData> log)
{
    public virtual async Task<CompareLoad> LoadAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var noticeId = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
            if (noticeId is null) return new CompareLoad.NothingImported();
            var places = await SearchQueries.PlottedOptionsAsync(db, noticeId, ct);
            var localities = new List<CompareLocality>();
            var unknown = new List<string>();
            foreach (var code in codes)
            {
                var rows = await PracticeQueries.ForLocalityAsync(db, noticeId, code, ct);
                if (rows.Count == 0) unknown.Add(code);
                else localities.Add(CompareLocality.From(rows));
            }
            return new CompareLoad.Loaded(localities, places, unknown);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            // The server's text ("57P01: terminating connection…") is for the log; the page gets the id to quote.
            var id = CorrelationId.NewId();
            log.LogWarning(e, "Compare query failed: database unavailable ({CorrelationId})", id);
            return new CompareLoad.DatabaseUnavailable("ID " + id);
        }
    }
}
