using MapDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Map;

/// <summary>Options the locality layer is drawn with: colour per theme, title per measure and texts (for popups).</summary>
public sealed record LocalityLayerOptions(
    IReadOnlyDictionary<string, string> ThemeColors, IReadOnlyDictionary<string, string> MeasureTitles, LocalityLayerTexts Texts);

/// <summary>The popup's own words, in the interface's language (the script holds no texts).</summary>
public sealed record LocalityLayerTexts(string RepairedFigure)
{
    public static LocalityLayerTexts From(IStringLocalizer<SharedResource> texts) => new(texts["Map.RepairedFigure"]);
}

/// <summary>Typed wrapper of wwwroot/js/map/localityLayer.js: one method per JS function.</summary>
public sealed class LocalityLayerInterop : IAsyncDisposable
{
    private const string ModulePath = "./js/map/localityLayer.js";
    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _layer;

    /// <summary>The JS layer object; modules that work with the plotted localities (placeContext.js) take it.</summary>
    internal IJSObjectReference Layer => _layer;

    private LocalityLayerInterop(IJSObjectReference module, IJSObjectReference layer)
    {
        _module = module;
        _layer = layer;
    }

    /// <summary>Fetches the plotted localities from <paramref name="url"/> and draws them; clicks call OnLocalityClicked on <paramref name="receiver"/>.</summary>
    public static async Task<LocalityLayerInterop> CreateAsync<T>(
        IJSRuntime js, LeafletMapInterop map, string url, LocalityLayerOptions options, DotNetObjectReference<T> receiver, CancellationToken ct)
        where T : class
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ct, ModulePath);
        var layer = await module.InvokeAsync<IJSObjectReference>("createLocalityLayer", ct, map.Handle, url, MapJson.Of(options), receiver);
        return new LocalityLayerInterop(module, layer);
    }

    /// <summary>Shows exactly these localities; returns how many are visible.</summary>
    public ValueTask<int> SetVisibleAsync(IEnumerable<string> codes, CancellationToken ct) =>
        // Wrapped: a bare string[] would bind to the params object[] and arrive as one argument per code.
        _layer.InvokeAsync<int>("setVisible", ct, new object[] { codes.ToArray() });

    public ValueTask FitVisibleAsync(CancellationToken ct) => _layer.InvokeVoidAsync("fitVisible", ct);

    /// <summary>Moves to a locality and opens its popup; false when it is not plotted.</summary>
    public ValueTask<bool> FocusAsync(string code, bool animate, CancellationToken ct) =>
        _layer.InvokeAsync<bool>("focus", ct, code, animate);

    public ValueTask SetShownAsync(bool shown, CancellationToken ct) => _layer.InvokeVoidAsync("setShown", ct, shown);

    public ValueTask DisposeAsync() => JsCircuit.DisposeJsObjectAsync(_layer, _module);
}
