using MapDashboard.Data;
using MapDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Web.Features.Export;

/// <summary>What an export holds: the practices passing the filter and the points of their localities.</summary>
public sealed record ExportSet(string NoticeId, IReadOnlyList<PracticeRow> Rows, IReadOnlyDictionary<string, LocalityPoint> Points);

/// <summary>Loads an export through the Data queries, with the same filter the dashboard shows.</summary>
internal sealed class ExportData(IDbContextFactory<MapDashboardDbContext> factory)
{
    /// <summary>Null when no notice is imported.</summary>
    public async Task<ExportSet?> LoadAsync(DashboardFilter filter, bool withPoints, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var noticeId = await PracticeQueries.CurrentNoticeIdAsync(db, ct);
        if (noticeId is null) return null;
        var rows = await PracticeQueries.ListAsync(db, noticeId, filter, ct);
        var points = withPoints
            ? await ExportQueries.PointsAsync(db, rows.Select(r => r.Code), ct)
            : new Dictionary<string, LocalityPoint>();
        return new ExportSet(noticeId, rows, points);
    }
}
