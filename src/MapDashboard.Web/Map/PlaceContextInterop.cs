using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>
/// Typed wrapper of wwwroot/js/map/placeContext.js: one place in its surroundings on a small map (its province
/// outlined, a scale bar; neighbours come from the base map's boundary tiles), fitted or at a zoom shared with other
/// maps. The map container reports data-place-province (the province code) and data-place-zoom.
/// </summary>
public sealed class PlaceContextInterop : IAsyncDisposable
{
    private const string ModulePath = "./js/map/placeContext.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _context;

    private PlaceContextInterop(IJSObjectReference module, IJSObjectReference context)
    {
        _module = module;
        _context = context;
    }

    /// <summary>Outlines <paramref name="provinceCode"/> (from the base map's <paramref name="provincesUrl"/>) around the place <paramref name="code"/> of <paramref name="localities"/>.</summary>
    public static async Task<PlaceContextInterop> CreateAsync(IJSRuntime js, LeafletMapInterop map, LocalityLayerInterop localities,
        string code, string provincesUrl, string provinceCode, CancellationToken ct)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var context = await module.InvokeAsync<IJSObjectReference>("createPlaceContext", ct, map.Handle, localities.Layer, code, provincesUrl, provinceCode);
        return new PlaceContextInterop(module, context);
    }

    /// <summary>The zoom at which the place fills the map; null when it is not plotted.</summary>
    public ValueTask<double?> FitZoomAsync(CancellationToken ct) => _context.InvokeAsync<double?>("fitZoom", ct);

    /// <summary>Centres the place at <paramref name="zoom"/>, or fits it when null.</summary>
    public ValueTask ShowAsync(double? zoom, CancellationToken ct) => _context.InvokeVoidAsync("show", ct, zoom);

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_context, _module);
}
