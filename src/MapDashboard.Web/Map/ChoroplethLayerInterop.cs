using MapDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>The province tooltip's own words, in the interface's language (the script holds no texts).</summary>
/// <param name="LocalityCount">"{0} pilot localities"; the script puts the province's count in place of {0}.</param>
public sealed record ChoroplethLayerTexts(string LocalityCount)
{
    public static ChoroplethLayerTexts From(IStringLocalizer<SharedResource> texts) => new(texts["Map.ProvinceLocalityCount"]);
}

/// <summary>Options the province layer is drawn with.</summary>
public sealed record ChoroplethLayerOptions(ChoroplethLayerTexts Texts);

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

    /// <summary>
    /// The provinces from <paramref name="url"/>, fetched and drawn when first shown; clicks call OnProvinceClicked on
    /// <paramref name="receiver"/>.
    /// </summary>
    public static async Task<ChoroplethLayerInterop> CreateAsync<T>(IJSRuntime js, LeafletMapInterop map, string url,
        ChoroplethLayerOptions options, DotNetObjectReference<T> receiver, CancellationToken ct) where T : class
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var layer = await module.InvokeAsync<IJSObjectReference>("createChoroplethLayer", ct, map.Handle, url, MapJson.Of(options), receiver);
        return new ChoroplethLayerInterop(module, layer);
    }

    public ValueTask SetCountsAsync(ChoroplethScale scale, IReadOnlyDictionary<string, int> counts, CancellationToken ct) =>
        _layer.InvokeVoidAsync("setCounts", ct, counts, scale.UpperBounds, scale.Colors);

    public ValueTask SetShownAsync(bool shown, CancellationToken ct) => _layer.InvokeVoidAsync("setShown", ct, shown);

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_layer, _module);
}
