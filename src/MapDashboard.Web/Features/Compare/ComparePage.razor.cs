using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Map;
using MapDashboard.Web.Features.Compare;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Features.Compare;

/// <summary>
/// Two to four localities side by side, each from its own notice; the URL
/// (/compare?codes=ndrc-2021-1999:440114,ndrc-2023-901:510117&amp;unit=yuan&amp;scale=same) is the whole state, so a link
/// restores the same comparison. Adding, removing, choosing a unit or the scale navigate to the new URL, with every
/// place pinned to the notice it was read from, so the link keeps meaning the same after a newer notice is published.
/// </summary>
public partial class ComparePage : IDisposable
{
    [Inject] private CompareData Data { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Comma-separated places, each a locality code, optionally after its notice: 440114,ndrc-2023-901:510117.</summary>
    [SupplyParameterFromQuery(Name = CompareUrl.CodesKey)] public string? Codes { get; set; }

    /// <summary>The unit the chart shows; the first comparable unit when absent or not comparable.</summary>
    [SupplyParameterFromQuery(Name = CompareUrl.UnitKey)] public string? Unit { get; set; }

    /// <summary>"same": every small map at one scale; anything else fits each map to its place.</summary>
    [SupplyParameterFromQuery(Name = CompareUrl.ScaleKey)] public string? Scale { get; set; }

    private readonly CancellationTokenSource _life = new();
    private CompareUrl _url = CompareUrl.Parse(null, null);
    private string? _loadedCodes;
    private CompareLoad? _state;
    private IReadOnlyList<ComparePlaceOption>? _places;
    private bool _severalNotices;
    /// <summary>Per column, the zoom that fits its place (reported by its map once drawn).</summary>
    private readonly Dictionary<ComparePlace, double> _fitZooms = [];
    private CompareTable? _table;
    private string? _unit;
    private LocalityLayerOptions? _layerOptions;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private readonly BarChartOptions _chartOptions = new()
    {
        ShowLegend = false,
        ShowValues = true,
        MaxNumYAxisTicks = 6,
        YAxisToStringFunc = v => FigureValue(v),
    };

    /// <summary>The notice the page shows; links keep it.</summary>
    [SupplyParameterFromQuery(Name = NoticeParameter.Key)] public string? NoticeText { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _url = CompareUrl.Read(Codes, Unit, NoticeText, Scale);
        var key = (_url with { Unit = null, OneScale = false }).ToRelativeUrl();
        if (key != _loadedCodes) await LoadAsync();
        ChooseChart();
    }

    private async Task LoadAsync()
    {
        _state = await Data.LoadAsync(_url, _life.Token);
        _loadedCodes = (_url with { Unit = null, OneScale = false }).ToRelativeUrl();
        if (_state is not CompareLoad.Loaded loaded) return;
        _places = loaded.Options;
        _severalNotices = loaded.SeveralNotices;
        _table = new CompareTable(loaded.Localities);
        _layerOptions ??= new LocalityLayerOptions(ThemePalette.ForThemes([1, 2, 3, 4, 5]), new Dictionary<string, string>(),
            LocalityLayerTexts.From(L));
        ChooseChart();
    }

    private void ChooseChart()
    {
        if (_table is null) return;
        _unit = _url.Unit is { } u && _table.ComparableUnits.Contains(u) ? u : _table.ComparableUnits.FirstOrDefault();
        var bars = _unit is null ? [] : _table.Chart(_unit);
        _labels = bars.Select(b => b.Label).ToArray();
        _series = [new ChartSeries<double> { Name = _unit ?? "", Data = bars.Select(b => b.Value).ToArray() }];
    }

    /// <summary>The caption around the unit, so the unit (text from the notice) can be set in bold without markup strings.</summary>
    private (string Before, string After) ChartCaption
    {
        get
        {
            var parts = L["Compare.ChartCaption", "\u0001"].Value.Split('\u0001');
            return (parts[0], parts.Length > 1 ? parts[1] : "");
        }
    }

    private static string FigureValue(double v) =>
        Features.Presenter.CompactNumber.Format((decimal)v, CultureInfo.CurrentCulture);

    private Task<IEnumerable<ComparePlaceOption>> SearchAsync(string? text, CancellationToken ct) =>
        Task.FromResult((_places ?? []).Where(o => !Pinned.Places.Contains(o.ToPlace()) && o.Place.Matches(text ?? "")));

    /// <summary>The URL with every shown place naming its notice and the places left out dropped.</summary>
    private CompareUrl Pinned => _table is null ? _url : _url with { Places = _table.Localities.Select(l => l.Place).ToList() };

    private void AddAsync(ComparePlaceOption? option)
    {
        if (option is not null) Navigation.NavigateTo(Pinned.Add(option.ToPlace()).ToRelativeUrl());
    }

    private void RemoveAsync(CompareLocality column) => Navigation.NavigateTo(Pinned.Remove(column.Place).ToRelativeUrl());

    private void ChooseUnitAsync(string unit) => Navigation.NavigateTo((Pinned with { Unit = unit }).ToRelativeUrl());

    private void ChooseOneScale(bool one) => Navigation.NavigateTo((Pinned with { OneScale = one }).ToRelativeUrl());

    /// <summary>
    /// One scale for all: the zoom of the map that needs the widest view, once every map has said what fits it; null
    /// (each map fitted) until then or when not asked for.
    /// </summary>
    private double? SharedZoom =>
        _url.OneScale && _table is { } t && t.Localities.All(l => _fitZooms.ContainsKey(l.Place))
            ? t.Localities.Min(l => _fitZooms[l.Place]) : null;

    private void MapFitted(ComparePlace place, double zoom) => _fitZooms[place] = zoom;

    private string MissText(CompareMiss miss) => miss.Kind == CompareMissKind.UnknownNotice
        ? L["Compare.UnknownNotice", miss.Notice ?? "", miss.Code]
        : L["Compare.NotInNotice", miss.Notice ?? "", miss.Code];

    public void Dispose()
    {
        _life.Cancel();
        _life.Dispose();
    }
}
