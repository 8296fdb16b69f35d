using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>What one load of the dashboard gave: data, nothing imported yet, or a database that does not answer.</summary>
public abstract record DashboardLoad
{
    public sealed record Loaded(DashboardView View) : DashboardLoad;
    public sealed record NothingImported : DashboardLoad;
    public sealed record DatabaseUnavailable(string Reason) : DashboardLoad;
    /// <summary>The URL names a notice no published notice has.</summary>
    public sealed record UnknownNotice(string NoticeId) : DashboardLoad;
}

/// <summary>Practices passing the filter, with the facet counts and the notice's measures.</summary>
public sealed record DashboardView(
    string NoticeId,
    IReadOnlyList<MeasureInfo> Measures,
    IReadOnlyList<PracticeRow> Rows,
    FacetCounts Facets,
    IReadOnlyList<LocalityOption> Places)
{
    public IReadOnlyList<string> VisibleCodes { get; } = Rows.Select(r => r.Code).Distinct().ToList();

    /// <summary>The notice shown: number, titles, date, status (null only in hand-made views).</summary>
    public NoticeSummary? Notice { get; init; }

    /// <summary>How many notices are published (the choropleth offers to count over all when more than one).</summary>
    public int PublishedNotices { get; init; } = 1;

    /// <summary>Localities per province over every published notice, the filter applied to each, a place named twice once.</summary>
    public IReadOnlyDictionary<string, int> AllNoticesProvinceCounts { get; init; } = new Dictionary<string, int>();
}
