using System.Text.Json;
using MapDashboard.Web.Map;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Features.Admin;

/// <summary>Typed wrapper of PreviewMap.razor.js: the preview's places drawn on a map made by <see cref="LeafletMapInterop"/>.</summary>
internal sealed class PreviewPlacesInterop : IAsyncDisposable
{
    private const string ModulePath = "./Features/Admin/PreviewMap.razor.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _layer;

    private PreviewPlacesInterop(IJSObjectReference module, IJSObjectReference layer)
    {
        _module = module;
        _layer = layer;
    }

    /// <summary>Draws the places as dots and fits the map to them; the places travel as one JSON string.</summary>
    public static async Task<PreviewPlacesInterop> CreateAsync(IJSRuntime js, LeafletMapInterop map, IReadOnlyList<PreviewPlace> places, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(places.Select(p => new { p.Code, p.NameZh, p.NameEn, Lon = p.Longitude, Lat = p.Latitude }),
            JsonSerializerOptions.Web);
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var layer = await module.InvokeAsync<IJSObjectReference>("showPlaces", ct, map.Handle, json);
        return new PreviewPlacesInterop(module, layer);
    }

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_layer, _module);
}
