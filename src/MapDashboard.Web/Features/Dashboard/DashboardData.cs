using MapDashboard.Data;
using MapDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Hosting;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>
/// The dashboard's one door to the database: a context per call, and a database that went away becomes a state the page
/// shows, never an exception that ends the circuit.
/// </summary>
public class DashboardData(IDbContextFactory<MapDashboardDbContext> factory, ImportedData imported, ILogger<DashboardData> log)
{
    // A page load asks for the same view twice within a second: prerendering, then the circuit's first render. From
    // memory the second completes at once, so the circuit renders the page (and adopts the map drawn early) without an
    // empty frame in between.

    public virtual Task<DashboardLoad> LoadAsync(DashboardFilter filter, CancellationToken ct)
    {
        var key = ("dashboard-view", new DashboardUrl(filter, null, default, null).ToQueryString());
        return imported.TryGet(key, out DashboardView? view) && view is not null
            ? Task.FromResult<DashboardLoad>(new DashboardLoad.Loaded(view))
            : QueryAsync(filter, key, ct);
    }

    private async Task<DashboardLoad> QueryAsync(DashboardFilter filter, object key, CancellationToken ct)
    {
        try
        {
            // Null (nothing imported) is kept too: an import raises the data version.
            var view = await imported.GetOrBuildAsync(key, build => BuildAsync(filter, build), ct);
            return view is null ? new DashboardLoad.NothingImported() : new DashboardLoad.Loaded(view);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            // The server's text ("57P01: terminating connection…") is for the log; the page gets the id to quote.
            var id = CorrelationId.NewId();
            log.LogWarning(e, "Dashboard query failed: database unavailable ({CorrelationId})", id);
            return new DashboardLoad.DatabaseUnavailable("ID " + id);
        }
    }

    private async Task<DashboardView?> BuildAsync(DashboardFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var noticeId = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
        if (noticeId is null) return null;
        var measures = await MeasureQueries.ListAsync(db, noticeId, ct);
        var rows = await PracticeQueries.ListAsync(db, noticeId, filter, ct);
        var facets = await FacetQueries.CountAsync(db, noticeId, filter, ct);
        var places = await SearchQueries.PlottedOptionsAsync(db, noticeId, ct);
        return new DashboardView(noticeId, measures, rows, facets, places);
    }

    /// <summary>Every practice of one locality, whatever the filter (a locality shows all its measures); null when the database fails.</summary>
    public virtual async Task<IReadOnlyList<PracticeRow>?> LocalityAsync(string noticeId, string code, CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await PracticeQueries.ForLocalityAsync(db, noticeId, code, ct);
        }
        catch (Exception e) when (DatabaseFailure.Is(e))
        {
            log.LogWarning(e, "Locality query failed: database unavailable");
            return null;
        }
    }
}
