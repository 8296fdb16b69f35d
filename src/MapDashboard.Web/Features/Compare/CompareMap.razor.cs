using System.Globalization;
using MapDashboard.Web.Hosting;
using MapDashboard.Web.Map;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// Built from the shared map interop (Map/): a map, the base map, the notice's locality layer showing only this place,
/// and the place's context. Initialised once on first render; a new <see cref="Zoom"/> is one explicit call.
/// </summary>
public sealed partial class CompareMap : IAsyncDisposable
{
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IOptions<MapDashboardOptions> Options { get; set; } = default!;
    [Inject] private ILogger<CompareMap> Log { get; set; } = default!;

    /// <summary>The column the map shows: its place, province and notice.</summary>
    [Parameter, EditorRequired] public CompareLocality Locality { get; set; } = default!;

    /// <summary>Theme colours and measure titles, as the dashboard map takes them.</summary>
    [Parameter, EditorRequired] public LocalityLayerOptions LayerOptions { get; set; } = default!;

    /// <summary>The zoom every panel shares (one scale for all); null fits the place to this map.</summary>
    [Parameter] public double? Zoom { get; set; }

    /// <summary>Raised once drawn with the zoom that fits the place, so the page can pick one scale for all.</summary>
    [Parameter] public EventCallback<double> Fitted { get; set; }

    private ElementReference _element;
    private LeafletMapInterop? _map;
    private BaseMapInterop? _base;
    private LocalityLayerInterop? _localities;
    private PlaceContextInterop? _context;
    private DotNetObjectReference<CompareMap>? _self;
    private double? _shownZoom;
    private readonly CancellationTokenSource _life = new();

    private string LocalitiesUrl =>
        $"api/notices/{Uri.EscapeDataString(Locality.Notice?.Id ?? Data.ReadModel.ReadSnapshot.CurrentAlias)}/localities.geojson"
        + $"?culture={Uri.EscapeDataString(CultureInfo.CurrentUICulture.Name)}";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        var ct = _life.Token;
        var o = Options.Value;
        try
        {
            _self = DotNetObjectReference.Create(this);
            _map = await LeafletMapInterop.CreateAsync(JS, _element, new MapOptions(o.TileUrl, o.TileAttribution), ct);
            var baseMap = BaseMapInterop.CreateAsync(JS, _map, LeafletMap.ProvincesUrl, overTiles: o.TileUrl is not null, ct);
            var localities = LocalityLayerInterop.CreateAsync(JS, _map, LocalitiesUrl, LayerOptions, _self, ct);
            _localities = await localities;
            await _localities.SetVisibleAsync([Locality.Code], ct);
            _context = await PlaceContextInterop.CreateAsync(JS, _map, _localities, Locality.Code, LeafletMap.ProvincesUrl, Locality.ProvinceCode, ct);
            _shownZoom = Zoom;
            await _context.ShowAsync(Zoom, ct);
            if (await _context.FitZoomAsync(ct) is { } fit) await Fitted.InvokeAsync(fit);
            _base = await baseMap;
            await _map.MarkReadyAsync(ct);
        }
        catch (JSException e)
        {
            // The browser's error text stays in the log; a small map that fails leaves its panel's figures readable.
            Log.LogWarning(e, "A compare map could not be drawn (error ID {CorrelationId})", CorrelationId.NewId());
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException)
        {
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_context is null || Zoom == _shownZoom) return;
        _shownZoom = Zoom;
        await JsCircuit.IgnoreDisconnect(() => _context.ShowAsync(Zoom, _life.Token));
    }

    /// <summary>A click on the place opens its popup; the page has nothing more to do (the layer calls this).</summary>
    [JSInvokable] public Task OnLocalityClicked(string code) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _life.CancelAsync();
        if (_context is not null) await _context.DisposeAsync();
        if (_localities is not null) await _localities.DisposeAsync();
        if (_base is not null) await _base.DisposeAsync();
        if (_map is not null) await _map.DisposeAsync();
        _self?.Dispose();
        _life.Dispose();
    }
}
