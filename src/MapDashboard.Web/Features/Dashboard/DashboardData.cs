using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>
/// The dashboard's views, made in memory from the read model's snapshot (<see cref="NoticeReads"/>); a database that went
/// away becomes a state the page shows, never an exception that ends the circuit.
/// </summary>
public class DashboardData(NoticeReads reads)
{
    /// <summary>The newest published notice's view.</summary>
    public virtual Task<DashboardLoad> LoadAsync(DashboardFilter filter, CancellationToken ct) => LoadAsync(null, filter, ct);

    /// <summary>
    /// The view of notice <paramref name="noticeId"/> (null or "current": the newest published). Unknown notice:
    /// <see cref="DashboardLoad.UnknownNotice"/>; nothing published: <see cref="DashboardLoad.NothingImported"/>.
    /// </summary>
    public virtual async Task<DashboardLoad> LoadAsync(string? noticeId, DashboardFilter filter, CancellationToken ct) =>
        await reads.ForPageAsync(s => s.Find(noticeId) is { } n ? (DashboardLoad)new DashboardLoad.Loaded(View(s, n, filter))
            : s.Current is null ? new DashboardLoad.NothingImported() : (DashboardLoad)new DashboardLoad.UnknownNotice(noticeId!), ct) switch
        {
            PageRead<DashboardLoad>.Loaded { Value: { } load } => load,
            PageRead<DashboardLoad>.Unavailable down => new DashboardLoad.DatabaseUnavailable(down.Reason),
            _ => new DashboardLoad.NothingImported(),
        };

    /// <summary>Every practice of one locality in one notice, whatever the filter; null when the database fails.</summary>
    public virtual async Task<IReadOnlyList<PracticeRow>?> LocalityAsync(string noticeId, string code, CancellationToken ct) =>
        await reads.ForPageAsync(s => s.ForLocality(code, noticeId), ct) is PageRead<IReadOnlyList<PracticeRow>>.Loaded { Value: { } rows }
            ? rows : null;

    /// <summary>Every published notice that names the locality, newest first, with its practices; null when the database fails.</summary>
    public virtual async Task<IReadOnlyList<NoticeMention>?> MentionsAsync(string code, CancellationToken ct) =>
        await reads.ForPageAsync(s => s.MentionsOf(code), ct) is PageRead<IReadOnlyList<NoticeMention>>.Loaded { Value: { } mentions }
            ? mentions : null;

    private static DashboardView View(ReadSnapshot s, NoticeData n, DashboardFilter filter) =>
        new(n.Id, n.Measures, n.List(filter), n.Facets(filter), n.Places)
        {
            Notice = n.Summary,
            PublishedNotices = s.Published.Count,
            AllNoticesProvinceCounts = s.Published.Count > 1 ? s.ProvinceCounts(null, filter) : new Dictionary<string, int>(),
        };
}
