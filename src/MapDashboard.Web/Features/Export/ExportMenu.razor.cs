using System.Globalization;
using MapDashboard.Data.ReadModel;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MapDashboard.Web.Shared.Controls;
using MudBlazor;

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

    /// <summary>The notice shown: the printed page's headline is its number and title (ExportHeading).</summary>
    [Parameter] public NoticeSummary? Notice { get; set; }

    private string Title => ExportHeading.Title(Notice, CultureInfo.CurrentUICulture);

    /// <summary>What the filter shows, in words (e.g. "Guangdong · measures 1, 2 · 4 localities · 6 practices"), printed under the title.</summary>
    [Parameter] public string? Summary { get; set; }

    /// <summary>Disables the menu (e.g. while nothing is loaded).</summary>
    [Parameter] public bool Disabled { get; set; }

    private IReadOnlyList<MenuEntry> Entries =>
    [
        new(L["Export.PracticesCsv"]) { Href = Href(ExportLinks.PracticesCsv), Download = true, Icon = Icons.Material.Filled.TableChart, TestId = "export-practices-csv" },
        new(L["Export.FiguresCsv"]) { Href = Href(ExportLinks.FiguresCsv), Download = true, Icon = Icons.Material.Filled.Numbers, TestId = "export-figures-csv" },
        new(L["Export.GeoJson"]) { Href = Href(ExportLinks.PracticesGeoJson), Download = true, Icon = Icons.Material.Filled.Place, TestId = "export-geojson" },
        new(L["Export.Png"]) { Clicked = PngRequested, Icon = Icons.Material.Filled.Image, TestId = "export-png", SeparatorBefore = true },
        new(L["Export.Print"]) { Clicked = EventCallback.Factory.Create(this, PrintAsync), Icon = Icons.Material.Filled.Print, TestId = "export-print" },
    ];

    private string Href(string path) => string.IsNullOrEmpty(Query) ? path : $"{path}?{Query}";

    // window.print returns once the dialog closes; the map resizes itself on beforeprint (mapExport.js watchPrint).
    private async Task PrintAsync()
    {
        try { await JS.InvokeVoidAsync("print"); }
        catch (JSDisconnectedException) { }
    }
}
