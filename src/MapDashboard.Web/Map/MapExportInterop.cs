using MapDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>One legend entry of an exported map: a theme dot, or a class box of the province choropleth.</summary>
public sealed record MapExportLegendItem(string Label, string Color, bool Box = false);

/// <summary>The footer's own words, in the interface's language (the script holds no texts).</summary>
/// <param name="TilesOmitted">Said when online base tiles could not be drawn into the image.</param>
/// <param name="Exported">"exported {0}"; the script puts the date in place of {0}.</param>
public sealed record MapExportTexts(string TilesOmitted, string Exported)
{
    public static MapExportTexts From(IStringLocalizer<SharedResource> texts) =>
        new(texts["Map.ExportTilesOmitted"], texts["Map.ExportedOn"]);
}

/// <summary>What goes around the map in an exported PNG.</summary>
/// <param name="Title">Headline above the map.</param>
/// <param name="Subtitle">Second line, e.g. the filter summary; none when null.</param>
/// <param name="LegendTitle">Heading of the legend (e.g. "Pilot localities per province"); none when null.</param>
/// <param name="Legend">Entries drawn below the map.</param>
/// <param name="FileName">Name the browser saves the PNG under.</param>
/// <param name="Texts">The footer's words.</param>
public sealed record MapExportRequest(
    string Title, string? Subtitle, string? LegendTitle, IReadOnlyList<MapExportLegendItem> Legend, string FileName,
    MapExportTexts Texts)
{
    /// <summary>The legend of the locality map: one dot per theme in its colour.</summary>
    public static IReadOnlyList<MapExportLegendItem> ThemeLegend(IEnumerable<(int Number, string Title)> themes) =>
        themes.Select(t => new MapExportLegendItem(t.Title, Shared.ThemePalette.Of(t.Number))).ToList();

    /// <summary>The legend of the province choropleth: one box per class ("1", "2–3", …).</summary>
    public static IReadOnlyList<MapExportLegendItem> ScaleLegend(ChoroplethScale scale) =>
        scale.Legend().Select(c => new MapExportLegendItem(c.Label, c.Color, Box: true)).ToList();
}

/// <summary>What the browser produced: pixel size of the PNG, markers drawn, and whether tiles had to be left out.</summary>
public sealed record MapExportResult(int Width, int Height, int Markers, bool TilesOmitted);

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

    /// <summary>Composes the PNG from what the map shows now and makes the browser download it.</summary>
    public ValueTask<MapExportResult> ExportPngAsync(MapExportRequest request, CancellationToken ct) =>
        _module.InvokeAsync<MapExportResult>("exportPng", ct, _handle, request);

    /// <summary>From now until the map is removed, printing resizes the map to its A4 frame first.</summary>
    public ValueTask WatchPrintAsync(CancellationToken ct) => _module.InvokeVoidAsync("watchPrint", ct, _handle);

    // The map handle belongs to LeafletMapInterop; only the module reference is ours.
    public ValueTask DisposeAsync() => JsCircuit.IgnoreDisconnect(() => _module.DisposeAsync());
}
