using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Map;

/// <summary>Typed wrapper of wwwroot/js/map/choroplethLayer.js (province mode).</summary>
public sealed class ChoroplethLayerInterop : IAsyncDisposable
{
    private const string ModulePath = "./js/map/choroplethLayer.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _layer;

    private ChoroplethLayerInterop(IJSObjectReference module, IJSObjectReference layer)
    {
        _module = module;
        _layer = layer;
    }

    public static async Task<ChoroplethLayerInterop> CreateAsync<T>(
        IJSRuntime js, LeafletMapInterop map, string url, DotNetObjectReference<T> receiver, CancellationToken ct) where T : class
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var layer = await module.InvokeAsync<IJSObjectReference>("createChoroplethLayer", ct, map.Handle, url, receiver);
        return new ChoroplethLayerInterop(module, layer);
    }

    public ValueTask SetCountsAsync(ChoroplethScale scale, IReadOnlyDictionary<string, int> counts, CancellationToken ct) =>
        _layer.InvokeVoidAsync("setCounts", ct, counts, scale.UpperBounds, scale.Colors);

    public ValueTask SetShownAsync(bool shown, CancellationToken ct) => _layer.InvokeVoidAsync("setShown", ct, shown);

    public async ValueTask DisposeAsync()
    {
        await JsCircuit.IgnoreDisconnect(() => _layer.InvokeVoidAsync("dispose"));
        await JsCircuit.IgnoreDisconnect(() => _layer.DisposeAsync());
        await JsCircuit.IgnoreDisconnect(() => _module.DisposeAsync());
    }
}
