using MapDashboard.Data.ReadModel;
using MapDashboard.Data.Search;
using MapDashboard.Web.Map;
using MapDashboard.Web.Features.Dashboard.Practices;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Localization;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;
using MudBlazor;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>
/// The main screen: filters (in the drawer), the map, the detail panel and the practice list, kept in step.
/// Every database call goes through <see cref="DashboardData"/>, which turns a lost database into a state; the page then
/// says so in plain words and <see cref="DatabaseRecovery"/> tries again until the database is back.
/// </summary>
public partial class DashboardPage : IDisposable
{
    [Inject] private DashboardData Data { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IServiceProvider ServiceProvider { get; set; } = default!;

    private readonly CancellationTokenSource _life = new();
    private DashboardFilter _filter = DashboardFilter.None;
    private DashboardLoad? _state;
    private DashboardView? _view;
    private LocalityLayerOptions? _layerOptions;
    private LeafletMap? _map;
    private bool _mapReady;
    private bool _mapSettled;
    private bool _loading = true;
    private MapMode _mode = MapMode.Localities;
    private ChoroplethScale _scale = ChoroplethScale.For(1);
    private IReadOnlyList<PracticeRow>? _selected;
    private string? _selectedCode;
    private MapView? _view0;
    private MapView? _currentView;
    private DetailLoad _detail = DetailLoad.None;
    private bool _copyFailed;
    private string? _copiedLink;
    private bool _selectManualLink;
    private MudTextField<string>? _manualLink;
    private DatabaseRecovery? _recovery;
    private GazetteerPlace? _otherPlace;
    private GridView _grid = GridView.Default;
    private NoticeRequest _notice = NoticeRequest.Current;
    private NoticeChoice? _currentNotice;
    private bool _countsAll;
    private IReadOnlyList<NoticeMention> _mentions = [];

    /// <summary>Where the details of <see cref="_selectedCode"/> are, when they are not shown yet.</summary>
    private enum DetailLoad { None, Loading, Failed }

    /// <summary>Something on screen could not be loaded because the database does not answer.</summary>
    private bool DatabaseDown => _state is DashboardLoad.DatabaseUnavailable || _detail == DetailLoad.Failed;

    private static bool Chinese => Cultures.IsChinese(System.Globalization.CultureInfo.CurrentUICulture);

    private IEnumerable<(int Number, string Title)> ThemesInView =>
        _view!.Measures.GroupBy(m => (m.ThemeNumber, m.ThemeTitle)).OrderBy(g => g.Key.ThemeNumber)
            .Select(g => (g.Key.ThemeNumber, Chinese && g.First().ThemeTitleZh is { } zh ? zh + "（译）" : g.Key.ThemeTitle));

    protected override Task OnInitializedAsync()
    {
        var url = DashboardUrl.Parse(new Uri(Nav.Uri).Query);
        (_filter, _selectedCode, _mode, _view0, _notice, _grid, _countsAll) = (url.Filter, url.Selected, url.Mode, url.View, url.Notice, url.Grid, url.CountsAll);
        _currentView = _view0;
        return LoadAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        WriteAddressIfDue();
        if (_selectManualLink && _manualLink is not null)
        {
            _selectManualLink = false;
            await _manualLink.SelectAsync();
        }
    }

    private void OnViewChanged(MapView view)
    {
        _currentView = view;
        PushUrl();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        Apply(await LoadNoticeAsync());
        if (_state is DashboardLoad.DatabaseUnavailable) StartRecovery();
    }

    /// <summary>The notice the URL names, or the newest published one; a name no published notice has is said on the page.</summary>
    private async Task<DashboardLoad> LoadNoticeAsync()
    {
        if (_notice.IsCurrent) return await Data.LoadAsync(_filter, _life.Token);
        var load = _notice.Id is { } id ? await Data.LoadAsync(id, _filter, _life.Token) : new DashboardLoad.UnknownNotice(_notice.Asked!);
        // The list is read only for the message's link: pages that name a known notice need no list.
        if (load is DashboardLoad.UnknownNotice)
            _currentNotice = (await ServiceProvider.GetRequiredService<PublishedNotices>().ListAsync(_life.Token)).FirstOrDefault();
        return load;
    }

    private void Apply(DashboardLoad state)
    {
        _state = state;
        _loading = false;
        if (_state is DashboardLoad.Loaded loaded)
        {
            _view = loaded.View;
            _layerOptions ??= new LocalityLayerOptions(
                ThemePalette.ForThemes(_view.Measures.Select(m => m.ThemeNumber)),
                _view.Measures.ToDictionary(m => m.Number.ToString(), m => m.Title), LocalityLayerTexts.From(L));
            _scale = ScaleOfCounts();
        }
    }

    /// <summary>A link with a filter but no saved view opens on what the filter shows.</summary>
    private bool FitOnOpen => _view0 is null && _selectedCode is null && !_filter.IsEmpty;

    private async Task OnMapReady()
    {
        _mapReady = true;
        _mapSettled = true;
        await _map!.EnablePrintLayoutAsync();
        await ApplyToMapAsync(fit: FitOnOpen);
        if (_mode == MapMode.Provinces) await _map!.SetModeAsync(_mode, ProvinceCounts(), _scale);
        if (_selectedCode is { } code)
        {
            await SelectAsync(code);
            await _map!.FocusAsync(code, animate: false);
        }
    }

    private void OnMapFailed(string errorId)
    {
        _mapSettled = true;
        Snackbar.Add(L["Dashboard.MapFailed", errorId], Severity.Error);
    }

    private async Task OnFilterChanged(DashboardFilter filter)
    {
        _filter = filter;
        await LoadAsync();
        ApplyToMapUnawaited(fit: filter.ProvinceCodes.Count > 0);
        PushUrlAfterRender();
    }

    private Task ResetAsync() => OnFilterChanged(DashboardFilter.None);

    // The chosen item again changes nothing (MudToggleGroup's single selection did the same).
    private async Task OnModeClicked(MapMode mode)
    {
        if (mode == _mode) return;
        _mode = mode;
        PushUrl();
        if (_map is not null && _mapReady) await _map.SetModeAsync(mode, ProvinceCounts(), _scale);
    }

    private async Task OnProvinceClicked(string provinceCode)
    {
        _mode = MapMode.Localities;
        await OnFilterChanged(_filter with { ProvinceCodes = new HashSet<string> { provinceCode } });
        if (_map is not null) await _map.SetModeAsync(_mode, ProvinceCounts(), _scale);
    }

    /// <summary>A marker or polygon was clicked: show the locality's details (the popup is already open).</summary>
    private async Task SelectAsync(string code)
    {
        if (_view is null) return;
        _otherPlace = null;
        // The last place's details go before the database is asked: if it does not answer, they must not stand in
        // for the new place's.
        _selected = null;
        _selectedCode = code;
        _detail = DetailLoad.Loading;
        StateHasChanged();
        await LoadDetailAsync();
    }

    /// <summary>Loads the details of the selected place; false when the database does not answer (recovery retries).</summary>
    private async Task<bool> LoadDetailAsync()
    {
        if (_view is null || _selectedCode is not { } code) return true;
        var rows = await Data.LocalityAsync(_view.NoticeId, code, _life.Token);
        var mentions = rows is null ? null : await Data.MentionsAsync(code, _life.Token);
        if (code != _selectedCode) return true; // another place was chosen meanwhile; its own load shows it
        _mentions = mentions ?? [];
        if (rows is null)
        {
            _detail = DetailLoad.Failed;
            StartRecovery();
            return false;
        }
        _detail = DetailLoad.None;
        _selected = rows.Count > 0 ? rows : null;
        _selectedCode = _selected is null ? null : code;
        PushUrl();
        StateHasChanged();
        if (_map is not null) await _map.InvalidateSizeAsync();
        return true;
    }

    /// <summary>The chosen place's name while its details are not there yet.</summary>
    private string PlaceName(string code)
    {
        if (_view?.Rows.FirstOrDefault(r => r.Code == code) is { } row) return $"{row.NameZh} {row.NameEn}";
        if (_view?.Places.FirstOrDefault(p => p.Code == code) is { } place) return $"{place.NameZh} {place.NameEn}";
        return code;
    }

    private async Task OnRowSelected(string code)
    {
        await SelectAsync(code);
        if (_map is not null) await _map.FocusAsync(code);
    }

    /// <summary>A province, city or county that is not a pilot: the map shows it and says so; no details to show.</summary>
    private async Task OnOtherPlaceChosen(GazetteerPlace place)
    {
        if (_map is null) return;
        await CloseDetailAsync();
        _otherPlace = place;
        await _map.ShowPlaceAsync(place, L["Search.NotAPilotNote"]);
    }

    private void OnGridViewChanged(GridView grid)
    {
        _grid = grid;
        PushUrl();
    }

    private async Task OnPlaceChosen(string code)
    {
        if (_map is null) return;
        if (_view is not null && !_view.VisibleCodes.Contains(code)) await OnFilterChanged(DashboardFilter.None);
        await SelectAsync(code);
        await _map.FocusAsync(code);
    }

    private async Task CloseDetailAsync()
    {
        _selected = null;
        _selectedCode = null;
        _detail = DetailLoad.None;
        PushUrl();
        if (_map is not null) await _map.InvalidateSizeAsync();
    }

    public void Dispose()
    {
        _recovery?.Dispose();
        _life.Cancel();
        _life.Dispose();
    }
}
