using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Map;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Features.Presenter;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>
/// Full-screen briefing: one step per URL (/present/5), the map fitted to the step's localities and showing only them,
/// the step's words large. Keys and clicker buttons move between steps; Esc returns to the dashboard.
/// </summary>
public partial class PresenterPage : IAsyncDisposable
{
    private const string ModulePath = "./Features/Presenter/PresenterPage.razor.js";

    [Inject] private PresenterData Data { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    /// <summary>1-based step number from the URL; /present is step 1.</summary>
    [Parameter] public int? Step { get; set; }

    /// <summary>With ?practices=true every practice gets its own step after its measure; text, so "maybe" means off.</summary>
    [SupplyParameterFromQuery(Name = "practices")] public string? PracticesText { get; set; }

    private bool Practices => PageParameters.Flag(PracticesText);

    private readonly CancellationTokenSource _life = new();
    private PresenterLoad? _state;
    private IReadOnlyList<PresenterStep>? _steps;
    private bool? _stepsWithPractices;
    private PresenterStep? _current;
    private LocalityLayerOptions? _layerOptions;
    private LeafletMap? _map;
    private bool _mapReady;
    private IJSObjectReference? _module;
    private IJSObjectReference? _keys;
    private DotNetObjectReference<PresenterPage>? _self;

    private double Percent => _steps is { Count: > 0 } && _current is not null ? 100.0 * _current.Number / _steps.Count : 0;

    protected override async Task OnParametersSetAsync()
    {
        // A malformed id is asked for as "", which no notice has: the page then says the notice is unknown.
        _state ??= await Data.LoadAsync(_life.Token, Notice.IsCurrent ? null : Notice.Id ?? "");
        if (_state is not PresenterLoad.Loaded loaded) return;
        if (_stepsWithPractices != Practices)
        {
            _steps = PresenterDeck.Build(loaded.NoticeTitle, loaded.Measures, loaded.Rows, Practices, CultureInfo.CurrentCulture, L, loaded.NoticeNumber);
            _stepsWithPractices = Practices;
            _layerOptions ??= new LocalityLayerOptions(
                ThemePalette.ForThemes(loaded.Measures.Select(m => m.ThemeNumber)),
                loaded.Measures.ToDictionary(m => m.Number.ToString(CultureInfo.InvariantCulture), m => m.Title),
                LocalityLayerTexts.From(L));
        }
        var number = Step ?? 1;
        if (number < 1 || number > _steps!.Count)
        {
            Navigation.NavigateTo(UrlOf(Math.Clamp(number, 1, _steps!.Count)), replace: true);
            return;
        }
        _current = _steps[number - 1];
        await ShowOnMapAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        try
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", _life.Token, ModulePath);
            _keys = await _module.InvokeAsync<IJSObjectReference>("listen", _life.Token, _self, PresenterKeys.Handled);
        }
        catch (Exception e) when (e is JSDisconnectedException or OperationCanceledException) { }
    }

    private async Task OnMapReady()
    {
        _mapReady = true;
        await ShowOnMapAsync();
    }

    private async Task ShowOnMapAsync()
    {
        if (_map is not null && _mapReady && _current is not null) await _map.ShowLocalitiesAsync(_current.Codes, fit: true);
    }

    [JSInvokable]
    public Task OnKey(string key) => InvokeAsync(() => GoAsync(PresenterKeys.ActionFor(key)));

    private Task GoAsync(PresenterAction action)
    {
        if (action == PresenterAction.Exit)
        {
            Navigation.NavigateTo(DashboardLink());
            return Task.CompletedTask;
        }
        if (_steps is null || _current is null) return Task.CompletedTask;
        var target = PresenterKeys.Target(action, _current.Number, _steps.Count);
        if (target is int n && n != _current.Number) Navigation.NavigateTo(UrlOf(n));
        return Task.CompletedTask;
    }

    /// <summary>The notice the URL names (<see cref="NoticeParameter"/>); every link of the deck keeps it.</summary>
    [SupplyParameterFromQuery(Name = NoticeParameter.Key)] public string? NoticeText { get; set; }

    private NoticeRequest Notice => NoticeParameter.FromPage(NoticeText);

    private string UrlOf(int step)
    {
        var query = new List<string>();
        if (Notice.Id is { } id) query.Add($"{NoticeParameter.Key}={id}");
        if (Practices) query.Add("practices=true");
        return $"present/{step}{(query.Count > 0 ? "?" + string.Join('&', query) : "")}";
    }

    /// <summary>Leaving from a measure or practice opens the dashboard on that measure (and locality).</summary>
    private string DashboardLink()
    {
        if (_current?.MeasureNumber is not int number)
            return Notice.Id is { } id ? $"./?{NoticeParameter.Key}={id}" : "./";
        var url = DashboardUrl.Default with
        {
            Notice = Notice,
            Filter = new DashboardFilter { Measures = new HashSet<int> { number } },
            Selected = _current.Kind == StepKind.Practice ? _current.Codes[0] : null,
        };
        return "./?" + url.ToQueryString();
    }

    public async ValueTask DisposeAsync()
    {
        await _life.CancelAsync();
        await JsCircuit.IgnoreDisconnect(async () =>
        {
            if (_keys is not null) { await _keys.InvokeVoidAsync("dispose"); await _keys.DisposeAsync(); }
            if (_module is not null) await _module.DisposeAsync();
        });
        _self?.Dispose();
        _life.Dispose();
    }
}
