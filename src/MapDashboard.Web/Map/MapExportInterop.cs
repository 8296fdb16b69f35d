using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>One legend entry of an exported map: a theme dot, or a class box of the province choropleth.</summary>
public sealed record MapExportLegendItem(string Label, string Color, bool Box = false);

/// <summary>What goes around the map in an exported PNG, all in the interface's language.</summary>
/// <param name="Title">Headline above the map: the notice's number and title, from the data.</param>
/// <param name="Subtitle">Second line, e.g. the filter summary; none when null.</param>
/// <param name="LegendTitle">Heading of the legend (e.g. "Pilot localities per province"); none when null.</param>
/// <param name="Legend">Entries shown below the map.</param>
/// <param name="Footer">Last line: the notice and "exported {0}"; the script puts the date in place of {0}.</param>
/// <param name="FileName">Name the browser saves the PNG under.</param>
public sealed record MapExportRequest(
    string Title, string? Subtitle, string? LegendTitle, IReadOnlyList<MapExportLegendItem> Legend, string Footer,
    string FileName)
{
    /// <summary>The legend of the locality map: one dot per theme in its colour.</summary>
    public static IReadOnlyList<MapExportLegendItem> ThemeLegend(IEnumerable<(int Number, string Title)> themes) =>
        themes.Select(t => new MapExportLegendItem(t.Title, Shared.ThemePalette.Of(t.Number))).ToList();

    /// <summary>The legend of the province choropleth: one box per class ("1", "2–3", …).</summary>
    public static IReadOnlyList<MapExportLegendItem> ScaleLegend(ChoroplethScale scale) =>
        scale.Legend().Select(c => new MapExportLegendItem(c.Label, c.Color, Box: true)).ToList();
}

/// <summary>What the browser produced: pixel size of the PNG and the markers on the map it shows.</summary>
public sealed record MapExportResult(int Width, int Height, int Markers);

/// <summary>Typed wrapper of wwwroot/js/map/mapExport.js: one method per JS function, on one map.</summary>
public sealed class MapExportInterop : IAsyncDisposable
{
    private const string ModulePath = "./js/map/mapExport.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _handle;

    private MapExportInterop(IJSObjectReference module, IJSObjectReference handle)
    {
        _module = module;
        _handle = handle;
    }

    public static async Task<MapExportInterop> CreateAsync(IJSRuntime js, LeafletMapInterop map, CancellationToken ct)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        return new MapExportInterop(module, map.Handle);
    }

    /// <summary>Captures what the map shows now, framed by the request's texts, and makes the browser download it.</summary>
    public async ValueTask<MapExportResult?> ExportPngAsync(MapExportRequest request, CancellationToken ct) =>
        MapJson.ExportResult(await _module.InvokeAsync<System.Text.Json.JsonElement>("exportPng", ct, _handle, MapJson.Of(request)));

    /// <summary>From now until the map is removed, printing resizes the map to its A4 frame first.</summary>
    public ValueTask WatchPrintAsync(CancellationToken ct) => _module.InvokeVoidAsync("watchPrint", ct, _handle);

    // The map handle belongs to LeafletMapInterop; only the module reference is ours.
    public ValueTask DisposeAsync() => JsCircuit.IgnoreDisconnect(() => _module.DisposeAsync());
}
