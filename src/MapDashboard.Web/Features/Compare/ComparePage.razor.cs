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
/// Two to four localities side by side; the URL (/compare?codes=440114,510117&amp;unit=yuan) is the whole state, so a
/// link restores the same comparison. Adding, removing and choosing a unit navigate to the new URL.
/// </summary>
public partial class ComparePage : IDisposable
{
    [Inject] private CompareData Data { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Comma-separated locality codes, e.g. 440114,510117.</summary>
    [SupplyParameterFromQuery(Name = CompareUrl.CodesKey)] public string? Codes { get; set; }

    /// <summary>The unit the chart shows; the first comparable unit when absent or not comparable.</summary>
    [SupplyParameterFromQuery(Name = CompareUrl.UnitKey)] public string? Unit { get; set; }

    private readonly CancellationTokenSource _life = new();
    private CompareUrl _url = CompareUrl.Parse(null, null);
    private string? _loadedCodes;
    private CompareLoad? _state;
    private IReadOnlyList<LocalityOption>? _places;
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
        _url = CompareUrl.Parse(Codes, Unit) with { Notice = NoticeParameter.FromPage(NoticeText) };
        var key = string.Join(',', _url.Codes);
        if (key != _loadedCodes) await LoadAsync();
        ChooseChart();
    }

    private async Task LoadAsync()
    {
        _state = await Data.LoadAsync(_url.Codes, _life.Token);
        _loadedCodes = string.Join(',', _url.Codes);
        if (_state is not CompareLoad.Loaded loaded) return;
        _places = loaded.Places;
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

    private Task<IEnumerable<LocalityOption>> SearchAsync(string? text, CancellationToken ct) =>
        Task.FromResult((_places ?? []).Where(o => !_url.Codes.Contains(o.Code) && o.Matches(text ?? "")));

    private void AddAsync(LocalityOption? option)
    {
        if (option is not null) Navigation.NavigateTo(_url.Add(option.Code).ToRelativeUrl());
    }

    private void RemoveAsync(string code) => Navigation.NavigateTo(_url.Remove(code).ToRelativeUrl());

    private void ChooseUnitAsync(string unit) => Navigation.NavigateTo((_url with { Unit = unit }).ToRelativeUrl());

    public void Dispose()
    {
        _life.Cancel();
        _life.Dispose();
    }
}
