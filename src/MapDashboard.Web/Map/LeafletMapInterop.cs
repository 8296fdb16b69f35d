using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>Options the JS map is created with.</summary>
public sealed record MapOptions(string? TileUrl, string? TileAttribution);

/// <summary>
/// Typed wrapper of LeafletMap.razor.js: one method per JS function. The JS side keeps all state of one map in the
/// object it returns, so two maps (or two users) never share anything.
/// </summary>
public sealed class LeafletMapInterop : IAsyncDisposable
{
    private const string ModulePath = "./Map/LeafletMap.razor.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _handle;

    /// <summary>The JS map object; other layer modules take it as their first argument.</summary>
    internal IJSObjectReference Handle => _handle;

    private LeafletMapInterop(IJSObjectReference module, IJSObjectReference handle)
    {
        _module = module;
        _handle = handle;
    }

    public static async Task<LeafletMapInterop> CreateAsync(IJSRuntime js, ElementReference element, MapOptions options, CancellationToken ct)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var handle = await module.InvokeAsync<IJSObjectReference>("createMap", ct, element, MapJson.Of(options));
        return new LeafletMapInterop(module, handle);
    }


    public ValueTask SetViewAsync(double latitude, double longitude, double zoom, CancellationToken ct) =>
        _handle.InvokeVoidAsync("setView", ct, latitude, longitude, zoom);

    /// <summary>After every move the map calls OnViewChanged(lat, lon, zoom) on <paramref name="receiver"/>.</summary>
    public ValueTask WatchViewAsync<T>(DotNetObjectReference<T> receiver, CancellationToken ct) where T : class =>
        _handle.InvokeVoidAsync("watchView", ct, receiver);

    /// <summary>Fits the map to a place that is not a pilot and opens a popup with its names and <paramref name="note"/> (text, never HTML).</summary>
    public ValueTask ShowPlaceAsync(MapDashboard.Data.Search.GazetteerPlace place, string note, CancellationToken ct) =>
        _handle.InvokeVoidAsync("showPlace", ct,
            MapJson.Of(new PlaceToShow(place.Code, place.NameZh, place.NameEn, note, place.Latitude, place.Longitude, place.Bounds)));

    /// <summary>Sets data-ready="true" on the map element: the page is listening to the map.</summary>
    public ValueTask MarkReadyAsync(CancellationToken ct) => _handle.InvokeVoidAsync("markReady", ct);

    /// <summary>Size changes the map cannot see (a panel opened beside it).</summary>
    public ValueTask InvalidateSizeAsync(CancellationToken ct) => _handle.InvokeVoidAsync("invalidateSize", ct);

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_handle, _module);
}
