using MapDashboard.Web.Map;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>The provinces map mode: how many pilots each province counts, over this notice or every published one.</summary>
public partial class DashboardPage
{
    /// <summary>Whether the choropleth counts over every published notice (counts=all, offered when several are).</summary>
    private bool CountingAll => _countsAll && _view is { PublishedNotices: > 1 };

    private Dictionary<string, int> ProvinceCounts() =>
        CountingAll
            ? _view!.AllNoticesProvinceCounts.Where(p => _filter.ProvinceCodes.Count == 0 || _filter.ProvinceCodes.Contains(p.Key))
                .ToDictionary(p => p.Key, p => p.Value)
            : _view!.Facets.Provinces.Where(p => _filter.ProvinceCodes.Count == 0 || _filter.ProvinceCodes.Contains(p.Key))
                .ToDictionary(p => p.Key, p => p.Localities);

    private ChoroplethScale ScaleOfCounts() => ChoroplethScale.For(CountingAll
        ? _view!.AllNoticesProvinceCounts.Values.DefaultIfEmpty(1).Max()
        : _view!.Facets.Provinces.Select(p => p.Localities).DefaultIfEmpty(1).Max());

    private async Task OnCountsChanged(bool all)
    {
        _countsAll = all;
        _scale = ScaleOfCounts();
        PushUrl();
        if (_map is not null && _mapReady && _mode == MapMode.Provinces) await _map.SetModeAsync(_mode, ProvinceCounts(), _scale);
    }
}
