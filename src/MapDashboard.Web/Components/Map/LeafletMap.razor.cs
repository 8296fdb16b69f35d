using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Map;

/// <summary>The dashboard's Leaflet map. Initialised once on first render; later changes are explicit calls.</summary>
public partial class LeafletMap
{
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IOptions<MapDashboardOptions> Options { get; set; } = default!;
    [Inject] private ILogger<LeafletMap> Log { get; set; } = default!;

    /// <summary>CSS class of the map container (give it a size).</summary>
    [Parameter] public string? Class { get; set; }

    /// <summary>Administrative level whose boundaries are drawn as the base layer.</summary>
    [Parameter] public string BoundaryLevel { get; set; } = "province";

    private ElementReference _element;
    private LeafletMapInterop? _map;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        var o = Options.Value;
        _map = await LeafletMapInterop.CreateAsync(JS, _element,
            new MapOptions(o.TileUrl, o.TileAttribution), CancellationToken.None);
        try
        {
            await _map.AddBoundaryLayerAsync("boundaries", $"api/geo/boundaries/{BoundaryLevel}?tolerance=0.01", CancellationToken.None);
        }
        catch (JSException e)
        {
            Log.LogWarning(e, "Boundary layer could not be drawn");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_map is not null) await _map.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
