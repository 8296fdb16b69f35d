using MapDashboard.Web.Map;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>The map shows what the page's view shows: after a filter change, a recovery, or once it is ready.</summary>
public partial class DashboardPage
{
    private async Task ApplyToMapAsync(bool fit)
    {
        if (_map is null || !_mapReady || _view is null) return;
        await _map.ShowLocalitiesAsync(_view.VisibleCodes, fit);
        if (_mode == MapMode.Provinces) await _map.SetModeAsync(_mode, ProvinceCounts(), _scale);
    }

    /// <summary>
    /// The map's update after a filter change, not awaited by the change's handler: the call is sent with the page's
    /// render, and its answer changes nothing on the page. Awaited, it kept the handler open until the browser had
    /// answered, and Blazor then rendered the page, the filter panel and the search box once more for every click
    /// (ComponentBase renders when a handler's task completes; bench/README.md, interaction). Calls reach the browser
    /// in the order they are made, so the last filter's update is the one the map ends with. The map's updates do not
    /// throw for the browser's failures: the map reports them (its Failed event), as when it could not be drawn.
    /// </summary>
    private void ApplyToMapUnawaited(bool fit) => _ = ApplyToMapAsync(fit);
}
