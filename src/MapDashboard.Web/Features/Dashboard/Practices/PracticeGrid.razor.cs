using System.Globalization;
using MapDashboard.Data.ReadModel;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MapDashboard.Web.Map;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Figures;
using MudBlazor;

namespace MapDashboard.Web.Features.Dashboard.Practices;

/// <summary>
/// The practice list under the map. It follows the map: the selected place's rows are highlighted and scrolled into
/// view; a row (or its locality's button, from the keyboard) selects the place. Its sort and quick filter are part of
/// the view the page keeps in its URL (<see cref="GridView"/>).
/// </summary>
public partial class PracticeGrid : IAsyncDisposable
{
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The practices passing the filter.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<PracticeRow> Rows { get; set; } = [];

    /// <summary>Code of the locality shown in the detail panel: its rows are highlighted and scrolled to.</summary>
    [Parameter] public string? SelectedCode { get; set; }

    /// <summary>Raised with the locality code of a clicked row.</summary>
    [Parameter] public EventCallback<string> LocalitySelected { get; set; }

    /// <summary>Sort and quick filter as the URL has them; read when the grid is first drawn.</summary>
    [Parameter] public GridView View { get; set; } = GridView.Default;

    /// <summary>Raised with the new sort and filter whenever a person changes either.</summary>
    [Parameter] public EventCallback<GridView> ViewChanged { get; set; }

    /// <summary>The notice's measures, for our Chinese titles in the Chinese interface.</summary>
    [Parameter] public IReadOnlyList<MeasureInfo> Measures { get; set; } = [];

    private MudDataGrid<PracticeRow>? _grid;
    private ElementReference _host;
    private IJSObjectReference? _module;
    private string? _revealed;
    private string? Query => View.Query;

    private SortDirection Initial(string column) =>
        View.SortColumn != column ? SortDirection.None : View.Descending ? SortDirection.Descending : SortDirection.Ascending;

    private static object KeyValue(PracticeRow r) => r.Indicators.FirstOrDefault(i => i.Value is not null)?.Value ?? -1m;

    /// <summary>Every figure of the practice; a repaired one carries an asterisk (its chip in the details says how).</summary>
    private static string FiguresText(PracticeRow r) => string.Join(" · ",
        r.Indicators.Select(f => FigureFormat.Chip(f, CultureInfo.CurrentCulture) + (f.Repaired ? " *" : "")));

    private string? TitleZh(int measure) => Measures.FirstOrDefault(m => m.Number == measure)?.TitleZh;

    private bool Matches(PracticeRow r) => GridView.Matches(r, View.Query, TitleZh(r.MeasureNumber));

    private Task OnRowClick(DataGridRowClickEventArgs<PracticeRow> e) => LocalitySelected.InvokeAsync(e.Item.Code);

    private string RowStyle(PracticeRow r, int _) => $"border-left: 4px solid {ThemePalette.Of(r.ThemeNumber)};";

    private Task OnQueryChanged(string? query) => ViewChanged.InvokeAsync(View with { Query = GridView.CleanQuery(query) });

    private Task OnSortChangedAsync()
    {
        var sort = _grid?.SortDefinitions.Values.OrderBy(d => d.Index).FirstOrDefault();
        var column = sort is null ? null : GridView.ColumnOf(sort.SortBy);
        return ViewChanged.InvokeAsync(View with { SortColumn = column, Descending = column is not null && sort!.Descending });
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (SelectedCode == _revealed) return;
        _revealed = SelectedCode;
        // Where the place's first row is in the list as sorted and filtered: the rows are virtualized, so the list
        // scrolls there first and the row is drawn when it comes near.
        var index = SelectedCode is null ? -1 : View.Arrange(Rows, TitleZh).Select(r => r.Code).ToList().IndexOf(SelectedCode);
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Dashboard/Practices/PracticeGrid.razor.js");
            await _module.InvokeVoidAsync("follow", _host, SelectedCode, index);
        }
        catch (JSDisconnectedException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        await JsCircuit.IgnoreDisconnect(async () =>
        {
            await _module.InvokeVoidAsync("stop", _host);
            await _module.DisposeAsync();
        });
    }
}
