using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Map;

/// <summary>Options the JS map is created with.</summary>
public sealed record MapOptions(string? TileUrl, string? TileAttribution);

/// <summary>
/// Typed wrapper of LeafletMap.razor.js: one method per JS function. The JS side keeps all state of one map in the
/// object it returns, so two maps (or two users) never share anything.
/// </summary>
public sealed class LeafletMapInterop : IAsyncDisposable
{
    private const string ModulePath = "./Components/Map/LeafletMap.razor.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _handle;

    private LeafletMapInterop(IJSObjectReference module, IJSObjectReference handle)
    {
        _module = module;
        _handle = handle;
    }

    public static async Task<LeafletMapInterop> CreateAsync(IJSRuntime js, ElementReference element, MapOptions options, CancellationToken ct)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var handle = await module.InvokeAsync<IJSObjectReference>("createMap", ct, element, options);
        return new LeafletMapInterop(module, handle);
    }

    /// <summary>Fetches GeoJSON from <paramref name="url"/> (same origin), draws it, fits the map to it; returns the feature count.</summary>
    public ValueTask<int> AddBoundaryLayerAsync(string layerId, string url, CancellationToken ct) =>
        _handle.InvokeAsync<int>("addBoundaryLayer", ct, layerId, url);

    public async ValueTask DisposeAsync()
    {
        await JsCircuit.IgnoreDisconnect(() => _handle.InvokeVoidAsync("dispose"));
        await JsCircuit.IgnoreDisconnect(() => _handle.DisposeAsync());
        await JsCircuit.IgnoreDisconnect(() => _module.DisposeAsync());
    }
}
