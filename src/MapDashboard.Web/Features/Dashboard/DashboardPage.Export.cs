using MapDashboard.Web.Features.Export;
using MapDashboard.Web.Map;
using MapDashboard.Web.Shared;
using MudBlazor;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>What the dashboard hands to a printed page or an exported image: the filter in words, the title, the legend.</summary>
public partial class DashboardPage
{
    /// <summary>The filter in words, for printed pages and exported images.</summary>
    private string FilterSummary
    {
        get
        {
            if (_view is null) return "";
            var parts = new List<string>();
            if (_filter.ProvinceCodes.Count > 0)
                parts.Add(string.Join(", ", _view.Facets.Provinces.Where(p => _filter.ProvinceCodes.Contains(p.Key)).Select(p => Chinese ? p.LabelZh : p.Label)));
            if (_filter.Levels.Count > 0) parts.Add(string.Join(", ", _filter.Levels.Select(l => LevelLabels.Of(l, L))));
            if (_filter.Measures is not null) parts.Add(L["Dashboard.SummaryMeasures", string.Join(", ", _filter.Measures.Order())]);
            parts.Add(L["Dashboard.Summary", _view.Facets.Localities, _view.Facets.Practices]);
            return string.Join(" · ", parts);
        }
    }

    private async Task ExportPngAsync()
    {
        if (_map is null || _view is null) return;
        var provinces = _mode == MapMode.Provinces;
        var request = new MapExportRequest(
            ExportHeading.Title(_view.Notice, System.Globalization.CultureInfo.CurrentUICulture), FilterSummary,
            provinces ? L["Map.PerProvince"].Value : null,
            provinces ? MapExportRequest.ScaleLegend(_scale) : MapExportRequest.ThemeLegend(ThemesInView),
            ExportHeading.Footer(_view.Notice, L["Map.ExportedOn"]), $"mapdashboard-{DateTime.Now:yyyyMMdd-HHmm}.png");
        if (await _map.ExportPngAsync(request) is null)
            Snackbar.Add(L["Dashboard.ExportFailed"], Severity.Warning);
    }
}
