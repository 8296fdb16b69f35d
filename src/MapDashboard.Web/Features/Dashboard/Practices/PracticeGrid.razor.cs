using System.Globalization;
using MapDashboard.Data.ReadModel;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MapDashboard.Web.Map;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Shared.Localization;

namespace MapDashboard.Web.Features.Dashboard.Practices;

/// <summary>
/// The practice list under the map. It follows the map: the selected place's rows are highlighted and scrolled into
/// view; a row (or its locality's button, from the keyboard) selects the place. Its sort and quick filter are part of
/// the view the page keeps in its URL (<see cref="GridView"/>).
/// </summary>
public partial class PracticeGrid : IAsyncDisposable
{
    /// <summary>Height of one row in CSS pixels (PracticeGrid.razor.css gives the rows this height).</summary>
    private const float RowHeight = 33;

    /// <summary>How long the quick filter waits after the last key before the list (and the URL) follow it.</summary>
    private static readonly TimeSpan FilterDelay = TimeSpan.FromMilliseconds(250);

    private const string FilterId = "practice-filter";

    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>The practices passing the filter.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<PracticeRow> Rows { get; set; } = [];

    /// <summary>Code of the locality shown in the detail panel: its rows are highlighted and scrolled to.</summary>
    [Parameter] public string? SelectedCode { get; set; }

    /// <summary>Raised with the locality code of a clicked row.</summary>
    [Parameter] public EventCallback<string> LocalitySelected { get; set; }

    /// <summary>Sort and quick filter as the URL has them; the list is arranged and its filter box filled from it.</summary>
    [Parameter] public GridView View { get; set; } = GridView.Default;

    /// <summary>Raised with the new sort and filter whenever a person changes either.</summary>
    [Parameter] public EventCallback<GridView> ViewChanged { get; set; }

    /// <summary>The notice's measures, for our Chinese titles in the Chinese interface.</summary>
    [Parameter] public IReadOnlyList<MeasureInfo> Measures { get; set; } = [];

    /// <summary>A listed row and its place in the list as sorted and filtered (its aria-rowindex).</summary>
    private readonly record struct ListedRow(PracticeRow Row, int Index);

    private ElementReference _host;
    private IJSObjectReference? _module;
    private string? _revealed;

    private List<ListedRow> _arranged = [];
    private IReadOnlyList<PracticeRow>? _arrangedRows;
    private GridView? _arrangedView;
    private IReadOnlyList<MeasureInfo>? _arrangedMeasures;
    private string? _drawnSelection;
    private bool _changed = true;

    /// <summary>When the list first appears: the rows it starts with, the rows each later render adds, and up to how many.</summary>
    private const int RevealFirst = 3, RevealStep = 1, RevealAtMost = 24;

    private int _revealLimit = RevealFirst;  // how many of the arranged rows Virtualize is given; int.MaxValue once all
    private int _drawnMax = -1;              // the furthest place in the list Virtualize has drawn a row for
    private bool _revealStarted;

    private string? _filterShown;   // the filter box's value as last written (from the URL or a reset)
    private string? _filterTyped;   // what the person has typed since
    private string? _filterSent;    // the box's last change handed to the page (ViewChanged)
    private int _filterVersion;     // the box's @key: a new value from elsewhere gives a fresh box
    private int _keystroke;         // the last key's number: only the last one's wait ends in a change
    private ElementReference _filterBox;
    private bool _focusFilter;

    // Arranged again only when the rows or the view change; drawn again only when the list or the selection change:
    // the page draws again on every map move, and the list's rows need not follow it.
    protected override void OnParametersSet()
    {
        // A filter that is neither what the box holds nor the box's own last change came from elsewhere: the box shows it.
        if (View.Query != _filterSent && View.Query != GridView.CleanQuery(_filterTyped))
        {
            (_filterShown, _filterTyped, _filterSent) = (View.Query, View.Query, View.Query);
            _filterVersion++;
            _changed = true;
        }
        if (_drawnSelection != SelectedCode) (_drawnSelection, _changed) = (SelectedCode, true);
        if (ReferenceEquals(_arrangedRows, Rows) && _arrangedView == View && ReferenceEquals(_arrangedMeasures, Measures)) return;
        (_arrangedRows, _arrangedView, _arrangedMeasures) = (Rows, View, Measures);
        _arranged = View.Arrange(Rows, TitleZh).Select((r, i) => new ListedRow(r, i)).ToList();
        _changed = true;
    }

    protected override bool ShouldRender()
    {
        if (!_changed) return false;
        _changed = false;
        return true;
    }

    private string SortState(string column) =>
        View.SortColumn != column ? "none" : View.Descending ? "descending" : "ascending";

    /// <summary>Only the sorted column's header says how it is sorted (the other columns are not sorted at all).</summary>
    private string? AriaSort(string column) => View.SortColumn == column ? SortState(column) : null;

    /// <summary>What the sorted column's button adds to its name.</summary>
    private string SortStateText() => L[View.Descending ? "Grid.SortedDescending" : "Grid.SortedAscending"];

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

    /// <summary>Our Chinese title of the measure when the interface is Chinese and there is one; else null (the English is shown).</summary>
    private string? OurTitle(int measure) => TitleZh(measure) is var zh && TitleText.ShowsChinese(zh) ? zh : null;

    // "(3) " before a measure's title: one shared string per number, not one per row drawn.
    private static readonly string[] Prefixes = Enumerable.Range(0, 64).Select(n => $"({n}) ").ToArray();

    private static string MeasurePrefix(int measure) => (uint)measure < Prefixes.Length ? Prefixes[measure] : $"({measure}) ";

    /// <summary>Each key waits <see cref="FilterDelay"/>; a later key makes the wait of the earlier one come to nothing.</summary>
    private async Task OnFilterInput(ChangeEventArgs e)
    {
        _filterTyped = e.Value as string;
        var keystroke = ++_keystroke;
        await Task.Delay(FilterDelay);
        if (keystroke != _keystroke) return;
        var query = GridView.CleanQuery(_filterTyped);
        if (query == View.Query) return;
        _filterSent = query;
        await ViewChanged.InvokeAsync(View with { Query = query });
    }

    /// <summary>The clear button: an empty, fresh box (focused again, the button goes with the text) and the whole list.</summary>
    private Task ClearFilterAsync()
    {
        _keystroke++;
        (_filterShown, _filterTyped, _filterSent) = (null, null, null);
        _filterVersion++;
        (_changed, _focusFilter) = (true, true);
        return View.Query is null ? Task.CompletedTask : ViewChanged.InvokeAsync(View with { Query = null });
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // The first render draws without asking ShouldRender: what OnParametersSet marked before it is drawn.
        if (firstRender) _changed = false;
        if (_focusFilter)
        {
            _focusFilter = false;
            await JsCircuit.IgnoreDisconnect(() => _filterBox.FocusAsync());
        }
        if (SelectedCode == _revealed) return;
        // Where the place's first row is in the list as sorted and filtered: the rows are virtualized, so the list
        // scrolls there first and the row is drawn when it comes near.
        var index = SelectedCode is null ? -1 : _arranged.FindIndex(l => l.Row.Code == SelectedCode);
        if (index >= _revealLimit)
        {
            // Chosen while the list's first rows still arrive one per paint (RevealInSteps): Virtualize has not been
            // given the place's row, so the list could not scroll to it. The rest now; the next render reveals it.
            _revealLimit = int.MaxValue;
            _changed = true;
            StateHasChanged();
            return;
        }
        _revealed = SelectedCode;
        if (index < 0) return;
        try
        {
            await (await ModuleAsync()).InvokeVoidAsync("revealRow", _host, index);
        }
        catch (JSDisconnectedException) { }
    }

    // A list that opens on a selected place scrolls to it at once (OnAfterRenderAsync): its rows are drawn in full.
    protected override void OnInitialized()
    {
        if (SelectedCode is not null) _revealLimit = int.MaxValue;
    }

    /// <summary>What Virtualize is given: the whole list, or its first rows while the list first appears.</summary>
    private List<ListedRow> Shown =>
        _revealLimit >= _arranged.Count ? _arranged : _arranged.GetRange(0, _revealLimit);

    /// <summary>
    /// The list's first rows arrive three, then one per render, each after the browser has painted the last: all of them in
    /// one render batch were a phone's longest task of the page's load, about 9 elements per row put into the page one
    /// by one (bench/README.md, lighthouse). Started by the first row Virtualize draws (WriteRow); it ends when the rows
    /// fill the list's box (Virtualize leaves the last row given out), when all are in, or after <see cref="RevealAtMost"/>.
    /// Later renders (scrolling, filtering) draw whatever rows they need at once.
    /// </summary>
    private void RevealInSteps()
    {
        _revealStarted = true;
        if (_revealLimit == int.MaxValue) return;
        // Called while Virtualize draws its first row: the first step waits for the paint of the rows drawn with it.
        _ = InvokeAsync(async () =>
        {
            while (true)
            {
                try
                {
                    // Without the module (a test's stand-in runtime) nothing says when the browser painted: the rest now.
                    if (await ModuleAsync() is not { } module) break;
                    await module.InvokeVoidAsync("afterNextPaint");
                }
                catch (JSDisconnectedException) { return; }
                catch (JSException) { break; }   // a browser that cannot say when it painted gets the rest now
                if (_revealLimit >= _arranged.Count || _revealLimit >= RevealAtMost || _drawnMax < _revealLimit - 1) break;
                _revealLimit += RevealStep;
                _changed = true;
                StateHasChanged();
            }
            // Virtualize already has the whole list when all of it fitted: nothing to draw again.
            var whole = _revealLimit >= _arranged.Count;
            _revealLimit = int.MaxValue;
            if (whole) return;
            _changed = true;
            StateHasChanged();
        });
    }

    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Dashboard/Practices/PracticeGrid.razor.js");

    public async ValueTask DisposeAsync()
    {
        _keystroke++;   // a filter still waiting changes nothing any more
        if (_module is null) return;
        await JsCircuit.IgnoreDisconnect(() => _module.DisposeAsync());
    }
}
