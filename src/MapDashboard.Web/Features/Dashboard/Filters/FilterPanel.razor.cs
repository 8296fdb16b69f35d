using MapDashboard.Data.ReadModel;
using MapDashboard.Data.Search;
using MapDashboard.Web.Features.Dashboard.Search;
using MapDashboard.Web.Shared;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Features.Dashboard.Filters;

/// <summary>
/// The analyst's controls: place search, theme and measure layers with counts, provinces and levels. It holds no
/// state of its own: every change is a new <see cref="DashboardFilter"/> handed to <see cref="FilterChanged"/>.
/// </summary>
public partial class FilterPanel : IHandleEvent
{
    /// <summary>
    /// Its own events render nothing of it: they only hand a new filter up, and the dashboard then renders the panel with
    /// it. ComponentBase rendered the panel, its search box and both facet lists besides, once when the handler returned
    /// and again when the dashboard's handler completed, for nothing (bench/README.md, interaction).
    /// </summary>
    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg) => callback.InvokeAsync(arg);

    /// <summary>The filter now in force.</summary>
    [Parameter, EditorRequired] public DashboardFilter Filter { get; set; } = DashboardFilter.None;

    /// <summary>Counts beside each choice, computed for <see cref="Filter"/>.</summary>
    [Parameter, EditorRequired] public FacetCounts Facets { get; set; } = default!;

    /// <summary>All measures of the notice (layers), including those with no locality under the filter.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<MeasureInfo> Measures { get; set; } = [];

    [Inject] private PlaceSearch Search { get; set; } = default!;

    /// <summary>Raised with a province, city or county of the gazetteer that is not a pilot, chosen in the search box.</summary>
    [Parameter] public EventCallback<GazetteerPlace> OtherPlaceChosen { get; set; }

    /// <summary>Pilots the search box offers.</summary>
    [Parameter] public IReadOnlyList<LocalityOption> Places { get; set; } = [];

    /// <summary>Raised with the new filter whenever a control changes.</summary>
    [Parameter] public EventCallback<DashboardFilter> FilterChanged { get; set; }

    /// <summary>Raised with a locality code when a place is chosen in the search box.</summary>
    [Parameter] public EventCallback<string> PlaceChosen { get; set; }

    private sealed record ThemeInfo(int Number, string Title, string? TitleZh);

    private IEnumerable<ThemeInfo> Themes =>
        Measures.GroupBy(m => (m.ThemeNumber, m.ThemeTitle)).OrderBy(g => g.Key.ThemeNumber)
            .Select(g => new ThemeInfo(g.Key.ThemeNumber, g.Key.ThemeTitle, g.First().ThemeTitleZh));

    /// <summary>A title as a screen reader names the toggle: ours in Chinese in the Chinese interface, else the notice's.</summary>
    private static string Titled(string en, string? zh) => Chinese && zh is not null ? zh : en;

    private bool IsMeasureOn(int measure) => Filter.Measures?.Contains(measure) ?? true;

    /// <summary>true: all its measures on; false: all off; null: some.</summary>
    private bool? ThemeState(int theme)
    {
        var on = Measures.Where(m => m.ThemeNumber == theme).Select(m => IsMeasureOn(m.Number)).ToList();
        return on.All(x => x) ? true : on.Any(x => x) ? null : false;
    }

    private static int CountOf(IReadOnlyList<FacetCount> facet, int key) =>
        facet.FirstOrDefault(f => f.Key == key.ToString())?.Localities ?? 0;

    private Task ToggleMeasureAsync(int measure, bool on)
    {
        var set = (Filter.Measures ?? Measures.Select(m => m.Number)).ToHashSet();
        if (on) set.Add(measure); else set.Remove(measure);
        return EmitMeasures(set);
    }

    private Task ToggleThemeAsync(int theme, bool on)
    {
        var set = (Filter.Measures ?? Measures.Select(m => m.Number)).ToHashSet();
        foreach (var m in Measures.Where(m => m.ThemeNumber == theme))
            if (on) set.Add(m.Number); else set.Remove(m.Number);
        return EmitMeasures(set);
    }

    private Task EmitMeasures(HashSet<int> set)
    {
        var all = Measures.All(m => set.Contains(m.Number));
        return FilterChanged.InvokeAsync(Filter with { Measures = all ? null : set });
    }

    private Task OnProvincesChanged(IReadOnlySet<string> codes) =>
        FilterChanged.InvokeAsync(Filter with { ProvinceCodes = codes });

    private Task OnLevelsChanged(IReadOnlySet<string> levels) =>
        FilterChanged.InvokeAsync(Filter with { Levels = levels });

    private Task ResetAsync() => FilterChanged.InvokeAsync(DashboardFilter.None);

    // In the order of the list, not of the clicks.
    private string ProvincesText(IReadOnlySet<string> codes) =>
        string.Join(", ", Facets.Provinces.Where(p => codes.Contains(p.Key)).Select(p => Chinese ? p.LabelZh : p.Label));

    private string LevelsText(IReadOnlySet<string> levels) =>
        string.Join(", ", Facets.Levels.Where(l => levels.Contains(l.Key)).Select(l => LevelLabels.Of(l.Key, L)));

    private static bool Chinese => Shared.Localization.Cultures.IsChinese(System.Globalization.CultureInfo.CurrentUICulture);

    // One delegate for the panel's life: the search box's parameter stays the same object between renders.
    private Func<string, CancellationToken, Task<IReadOnlyList<PlaceSearchResult>>>? _searchFunc;
    private Func<string, CancellationToken, Task<IReadOnlyList<PlaceSearchResult>>> FindPlaces =>
        _searchFunc ??= (text, ct) => Search.FindAsync(Places, text, ct);

    private async Task OnPlaceChosen(PlaceSearchResult option)
    {
        if (option.Elsewhere is { } other) await OtherPlaceChosen.InvokeAsync(other);
        else await PlaceChosen.InvokeAsync(option.Code);
    }
}
