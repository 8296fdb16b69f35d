using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Features.Export;

/// <summary>Where the export endpoints live (relative to the base href, as the map's data URLs are).</summary>
public static class ExportLinks
{
    public const string PracticesCsv = "api/export/practices.csv";
    public const string FiguresCsv = "api/export/figures.csv";
    public const string PracticesGeoJson = "api/export/practices.geojson";
}

/// <summary>
/// The dashboard's Export menu: CSV and GeoJSON of the current filter, the map as PNG, and printing. Also renders the
/// header that only the printed page shows (title, filter summary, date).
/// </summary>
public sealed partial class ExportMenu
{
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The dashboard's query string (DashboardUrl.ToQueryString(), no "?"); the downloads export exactly this filter.</summary>
    [Parameter] public string? Query { get; set; }

    /// <summary>Raised by "PNG": the page asks its LeafletMap for ExportPngAsync.</summary>
    [Parameter] public EventCallback PngRequested { get; set; }

    /// <summary>Headline of the printed page: the notice shown (from the data, never a literal here).</summary>
    [Parameter] public string Title { get; set; } = "";

    /// <summary>What the filter shows, in words (e.g. "Guangdong · measures 1, 2 · 4 localities · 6 practices"), printed under the title.</summary>
    [Parameter] public string? Summary { get; set; }

    /// <summary>Disables the menu (e.g. while nothing is loaded).</summary>
    [Parameter] public bool Disabled { get; set; }

    private string Href(string path) => string.IsNullOrEmpty(Query) ? path : $"{path}?{Query}";

    // window.print returns once the dialog closes; the map resizes itself on beforeprint (mapExport.js watchPrint).
    private async Task PrintAsync()
    {
        try { await JS.InvokeVoidAsync("print"); }
        catch (JSDisconnectedException) { }
    }
}
