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

    private IReadOnlyList<PracticeRow> _arranged = [];
    private IReadOnlyList<PracticeRow>? _arrangedRows;
    private GridView? _arrangedView;
    private IReadOnlyList<MeasureInfo>? _arrangedMeasures;

    // Arranged again only when the rows or the view change: a new list makes the grid start its rows afresh, which a
    // selection (the page drawn again) must not do.
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_arrangedRows, Rows) && _arrangedView == View && ReferenceEquals(_arrangedMeasures, Measures)) return;
        (_arrangedRows, _arrangedView, _arrangedMeasures) = (Rows, View, Measures);
        _arranged = View.Arrange(Rows, TitleZh).ToList();
    }

    private string SortState(string column) =>
        View.SortColumn != column ? "none" : View.Descending ? "descending" : "ascending";

    private string SortStateText(string column) =>
        View.SortColumn != column ? "" : L[View.Descending ? "Grid.SortedDescending" : "Grid.SortedAscending"];

    /// <summary>Ascending first, then descending, then the list's own order again.</summary>
    private Task SortByAsync(string column)
    {
        var next = View.SortColumn != column ? View with { SortColumn = column, Descending = false }
            : !View.Descending ? View with { Descending = true }
            : View with { SortColumn = null, Descending = false };
        return ViewChanged.InvokeAsync(next);
    }

    /// <summary>Every figure of the practice; a repaired one carries an asterisk (its chip in the details says how).</summary>
    private static string FiguresText(PracticeRow r) => string.Join(" · ",
        r.Indicators.Select(f => FigureFormat.Chip(f, CultureInfo.CurrentCulture) + (f.Repaired ? " *" : "")));

    private string? TitleZh(int measure) => Measures.FirstOrDefault(m => m.Number == measure)?.TitleZh;

    private Task OnRowClick(DataGridRowClickEventArgs<PracticeRow> e) => LocalitySelected.InvokeAsync(e.Item.Code);

    private string RowStyle(PracticeRow r, int _) => $"border-left: 4px solid {ThemePalette.Of(r.ThemeNumber)};";

    private Task OnQueryChanged(string? query) => ViewChanged.InvokeAsync(View with { Query = GridView.CleanQuery(query) });

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (SelectedCode == _revealed) return;
        _revealed = SelectedCode;
        // Where the place's first row is in the list as sorted and filtered: the rows are virtualized, so the list
        // scrolls there first and the row is drawn when it comes near.
        var index = SelectedCode is null ? -1 : _arranged.Select(r => r.Code).ToList().IndexOf(SelectedCode);
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
