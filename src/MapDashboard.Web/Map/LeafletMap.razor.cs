using System.Globalization;
using MapDashboard.Data.Search;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>Which picture the map shows.</summary>
public enum MapMode { Localities, Provinces }

/// <summary>
/// The dashboard's Leaflet map. Initialised once on first render; afterwards every change is an explicit call
/// (show these localities, focus that one, switch mode), never a redraw on render.
/// </summary>
public sealed partial class LeafletMap : IAsyncDisposable
{
    public const string LocalitiesUrl = "api/notices/current/localities.geojson";
    /// <summary>
    /// The popups' level names and figures are in the interface's language, so the language is part of the URL: each
    /// language is its own cached resource (and RequestLocalization reads ?culture= for the endpoint).
    /// </summary>
    public static string LocalitiesUrlFor(CultureInfo culture) => $"{LocalitiesUrl}?culture={Uri.EscapeDataString(culture.Name)}";

    /// <summary>The localities of one notice (a well-formed id, see NoticeParameter); null: the newest published one.</summary>
    public static string LocalitiesUrlFor(CultureInfo culture, string? noticeId) => noticeId is null
        ? LocalitiesUrlFor(culture)
        : $"api/notices/{Uri.EscapeDataString(noticeId)}/localities.geojson?culture={Uri.EscapeDataString(culture.Name)}";

    /// <summary>The notice whose localities the map draws; null for the newest published one.</summary>
    [Parameter] public string? NoticeId { get; set; }

    public const string ProvincesUrl = "api/geo/boundaries/province?tolerance=0.01";

    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IOptions<MapDashboardOptions> Options { get; set; } = default!;
    [Inject] private ILogger<LeafletMap> Log { get; set; } = default!;

    /// <summary>CSS class of the map container (give it a size).</summary>
    [Parameter] public string? Class { get; set; }

    /// <summary>Theme colours and measure titles for the locality layer; read once, at first render.</summary>
    [Parameter, EditorRequired] public LocalityLayerOptions LayerOptions { get; set; } = default!;

    /// <summary>Raised when a person clicks, taps or presses Enter on a locality.</summary>
    [Parameter] public EventCallback<string> LocalityClicked { get; set; }

    /// <summary>Raised when a person clicks a province in province mode.</summary>
    [Parameter] public EventCallback<string> ProvinceClicked { get; set; }

    /// <summary>Raised once the map and its layers are drawn and the methods below can be called.</summary>
    [Parameter] public EventCallback Ready { get; set; }

    /// <summary>Centre and zoom to open at (a shared link); null fits the map to China.</summary>
    [Parameter] public Features.Dashboard.MapView? InitialView { get; set; }

    /// <summary>Raised after each move with the new centre and zoom.</summary>
    [Parameter] public EventCallback<Features.Dashboard.MapView> ViewChanged { get; set; }

    /// <summary>Raised when the map could not be drawn (e.g. its data endpoint failed).</summary>
    [Parameter] public EventCallback<string> Failed { get; set; }

    private ElementReference _element;
    private LeafletMapInterop? _map;
    private BaseMapInterop? _base;
    private LocalityLayerInterop? _localities;
    private ChoroplethLayerInterop? _provinces;
    private DotNetObjectReference<LeafletMap>? _self;
    private readonly CancellationTokenSource _life = new();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        var o = Options.Value;
        var ct = _life.Token;
        try
        {
            _self = DotNetObjectReference.Create(this);
            _map = await LeafletMapInterop.CreateAsync(JS, _element, MapOptionsFrom(o), ct);
            // The layers fetch their data in parallel (each draws into its own panes, so order does not matter).
            var baseMap = BaseMapInterop.CreateAsync(JS, _map, ProvincesUrl, overTiles: o.TileUrl is not null, ct);
            var localities = LocalityLayerInterop.CreateAsync(JS, _map, LocalitiesUrlFor(CultureInfo.CurrentUICulture, NoticeId), LayerOptions, _self, ct);
            var provinces = ChoroplethLayerInterop.CreateAsync(JS, _map, ProvincesUrl,
                new ChoroplethLayerOptions(ChoroplethLayerTexts.From(L)), _self, ct);
            await Task.WhenAll(baseMap, localities, provinces);
            (_base, _localities, _provinces) = (baseMap.Result, localities.Result, provinces.Result);
            // The page's first updates (its filter, mode and selected place) are part of drawing it: a failure in any
            // is reported as the map's, not left to end the circuit.
            await Ready.InvokeAsync();
            if (InitialView is { } v) await _map.SetViewAsync(v.Latitude, v.Longitude, v.Zoom, ct);
            await _map.WatchViewAsync(_self, ct);
            await _map.MarkReadyAsync(ct);
        }
        catch (JSException e)
        {
            await ReportFailureAsync(e, "be drawn");
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            // The circuit or the page went away while drawing.
        }
    }

    private static MapOptions MapOptionsFrom(MapDashboardOptions o) => new(o.TileUrl, o.TileAttribution);

    /// <summary>
    /// Shows exactly these localities (all others hidden); fits the map to them when asked. Like every update of what the
    /// map shows, it does not throw for the browser's failure: it reports it (<see cref="Reporting"/>).
    /// </summary>
    public Task ShowLocalitiesAsync(IEnumerable<string> codes, bool fit) => Reporting("show the localities", async ct =>
    {
        if (_localities is null) return;
        await _localities.SetVisibleAsync(codes, ct);
        if (fit) await _localities.FitVisibleAsync(ct);
    });

    /// <summary>
    /// Runs an update of what the map shows. A circuit or page that went away ends it quietly; a failure in the browser
    /// is reported as when the map could not be drawn (<see cref="Failed"/>), so no caller, awaiting it or not (a filter
    /// change sends it with the page's render), has a map failure to handle or to end the circuit with.
    /// </summary>
    private async Task Reporting(string what, Func<CancellationToken, Task> update)
    {
        try
        {
            await update(_life.Token);
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            // There is no map left to update.
        }
        catch (JSException e)
        {
            await InvokeAsync(() => ReportFailureAsync(e, what));
        }
    }

    /// <summary>The browser's error text (and its stack) stays in the log; the page shows the id that finds it (Failed).</summary>
    private Task ReportFailureAsync(JSException e, string what)
    {
        var id = CorrelationId.NewId();
        Log.LogWarning(e, "The map could not {What} (error ID {CorrelationId})", what, id);
        return Failed.InvokeAsync(id);
    }

    /// <summary>Flies to a plotted locality and opens its popup; false when it is not plotted.</summary>
    public async Task<bool> FocusAsync(string code, bool animate = true) =>
        _localities is not null && await _localities.FocusAsync(code, animate, _life.Token);

    /// <summary>Shows a unit of the gazetteer that is not a pilot, with <paramref name="note"/> saying so in a popup at it.</summary>
    public async Task ShowPlaceAsync(GazetteerPlace place, string note)
    {
        if (_map is not null) await _map.ShowPlaceAsync(place, note, _life.Token);
    }

    /// <summary>Switches between localities and the province choropleth.</summary>
    public Task SetModeAsync(MapMode mode, IReadOnlyDictionary<string, int> provinceCounts, ChoroplethScale scale) =>
        Reporting("switch between localities and provinces", async ct =>
        {
            if (_localities is null || _provinces is null) return;
            var provinces = mode == MapMode.Provinces;
            if (provinces) await _provinces.SetCountsAsync(scale, provinceCounts, ct);
            await _provinces.SetShownAsync(provinces, ct);
            await _localities.SetShownAsync(!provinces, ct);
        });

    public async Task InvalidateSizeAsync()
    {
        if (_map is not null) await _map.InvalidateSizeAsync(_life.Token);
    }

    // What JS sends can be anything a browser's console sends: only codes that can exist reach queries and cache keys.
    [JSInvokable] public Task OnLocalityClicked(string code) =>
        AdminCodes.IsLocality(code) ? LocalityClicked.InvokeAsync(code) : Task.CompletedTask;

    [JSInvokable] public Task OnProvinceClicked(string code) =>
        AdminCodes.IsProvince(code) ? ProvinceClicked.InvokeAsync(code) : Task.CompletedTask;

    [JSInvokable] public Task OnViewChanged(double latitude, double longitude, double zoom) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && zoom is >= 0 and <= 20
            ? ViewChanged.InvokeAsync(new Features.Dashboard.MapView(latitude, longitude, zoom))
            : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _life.CancelAsync();
        if (_provinces is not null) await _provinces.DisposeAsync();
        if (_localities is not null) await _localities.DisposeAsync();
        if (_base is not null) await _base.DisposeAsync();
        if (_map is not null) await _map.DisposeAsync();
        _self?.Dispose();
        _life.Dispose();
    }

    /// <summary>Downloads the map as it shows now as a PNG with title, legend and attribution; null when it could not.</summary>
    public async Task<MapExportResult?> ExportPngAsync(MapExportRequest request)
    {
        if (_map is null) return null;
        try
        {
            await using var export = await MapExportInterop.CreateAsync(JS, _map, _life.Token);
            return await export.ExportPngAsync(request, _life.Token);
        }
        catch (JSException e)
        {
            Log.LogWarning(e, "The map could not be exported as PNG");
            return null;
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Makes printing (a Print button or Ctrl+P) size the map to its A4 landscape frame; call once, when Ready.</summary>
    public async Task EnablePrintLayoutAsync()
    {
        if (_map is null) return;
        await using var export = await MapExportInterop.CreateAsync(JS, _map, _life.Token);
        await JsCircuit.IgnoreDisconnect(() => export.WatchPrintAsync(_life.Token));
    }
}
