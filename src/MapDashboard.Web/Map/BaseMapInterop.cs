using MapDashboard.Web.Shared.Geo;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>What the base map is drawn with.</summary>
/// <param name="ProvincesUrl">GeoJSON of the provinces with label_lon/label_lat, short_name_zh and pinyin properties.</param>
/// <param name="LinesUrl">GeoJSON of the national border and special lines (property kind).</param>
/// <param name="Attribution">One line crediting the geodata, shown in the map's corner.</param>
/// <param name="OverTiles">A tile layer lies below: province fills become faint so the tiles show through.</param>
public sealed record BaseMapOptions(string ProvincesUrl, string LinesUrl, string Attribution, bool OverTiles)
{
    public static BaseMapOptions For(string provincesUrl, bool overTiles) =>
        new(provincesUrl, BaseMapInterop.LinesUrl, GeodataResources.Attribution, overTiles);
}

/// <summary>
/// Typed wrapper of wwwroot/js/map/baseMap.js: the offline base map (provinces with labels, national border and
/// special lines, South China Sea inset, attribution). The map container reports data-base-provinces once drawn,
/// data-base-lines and data-base-labels once decorated, and data-inset="drawn" once the inset is (at the first view at
/// zoom 5 or less).
/// </summary>
public sealed class BaseMapInterop : IAsyncDisposable
{
    /// <summary>Simplified like <see cref="LeafletMap.ProvincesUrl"/>, so the border and the province edges meet.</summary>
    public const string LinesUrl = "api/geo/lines?tolerance=0.01";
    private const string ModulePath = "./js/map/baseMap.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _base;

    private BaseMapInterop(IJSObjectReference module, IJSObjectReference baseMap)
    {
        _module = module;
        _base = baseMap;
    }

    /// <summary>Fetches the provinces and lines (same origin) and draws them below every other layer of <paramref name="map"/>.</summary>
    public static async Task<BaseMapInterop> CreateAsync(
        IJSRuntime js, LeafletMapInterop map, string provincesUrl, bool overTiles, CancellationToken ct)
    {
        var options = BaseMapOptions.For(provincesUrl, overTiles);
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var baseMap = await module.InvokeAsync<IJSObjectReference>("createBaseMap", ct, map.Handle, MapJson.Of(options));
        return new BaseMapInterop(module, baseMap);
    }

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_base, _module);
}
