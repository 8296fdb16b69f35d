using MapDashboard.Core.Geography;
using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard.Practices;
using MapDashboard.Web.Map;
using MapDashboard.Web.Shared.Parameters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MapDashboard.Web.Features.Dashboard;

/// <summary>The map view a link restores: centre and zoom.</summary>
public sealed record MapView(double Latitude, double Longitude, double Zoom);

/// <summary>
/// Everything a shared link restores, and the one place that parses and writes the dashboard's query string
/// (used by the page, the export endpoints and the tests). Unknown or malformed values are dropped, never thrown.
/// </summary>
public sealed record DashboardUrl(DashboardFilter Filter, string? Selected, MapMode Mode, MapView? View)
{
    public const string Provinces = "p";
    public const string Levels = "l";
    public const string Measures = "m";
    public const string SelectedKey = "sel";
    public const string ModeKey = "mode";
    public const string ViewKey = "view";
    public const string SortKey = "sort";
    public const string GridQueryKey = "q";

    /// <summary>The practice list's sort and quick filter.</summary>
    public GridView Grid { get; init; } = GridView.Default;
    public const string CountsKey = "counts";

    public static DashboardUrl Default { get; } = new(DashboardFilter.None, null, MapMode.Localities, null);

    /// <summary>The notice shown, as the URL named it (<see cref="NoticeParameter"/>); null for the newest published one.</summary>
    public NoticeRequest Notice { get; init; } = NoticeRequest.Current;

    /// <summary>counts=all: the choropleth counts the localities of every published notice, not only the one shown.</summary>
    public bool CountsAll { get; init; }

    public static DashboardUrl Parse(string? query)
    {
        var q = QueryHelpers.ParseQuery(query);
        return new DashboardUrl(ParseFilter(q), Code(q, SelectedKey), ParseMode(q), ParseView(q))
        {
            Grid = GridView.Parse(List(q, SortKey).FirstOrDefault(), q.TryGetValue(GridQueryKey, out var text) ? text.FirstOrDefault() : null),
            Notice = NoticeParameter.FromPage(q.TryGetValue(NoticeParameter.Key, out var n) ? n.FirstOrDefault() : null),
            CountsAll = List(q, CountsKey).FirstOrDefault() == "all",
        };
    }

    /// <summary>
    /// The filter (p, l, m). Values that are not a known province, level or measure number are dropped; with
    /// <paramref name="problems"/> given (the export API) each is also reported there, naming its parameter.
    /// </summary>
    public static DashboardFilter ParseFilter(IReadOnlyDictionary<string, StringValues> q, ICollection<ParameterProblem>? problems = null)
    {
        var provinces = Valid(q, Provinces, AdminCodes.IsProvince, "a province code such as 440000", problems);
        var levels = Valid(q, Levels, AdminLevelNames.Codes.Contains, "one of " + string.Join(", ", AdminLevelNames.Codes), problems);
        HashSet<int>? measures = null;
        if (q.ContainsKey(Measures))
            measures = Valid(q, Measures, IsMeasure, "a measure number from 1 to 99", problems)
                .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToHashSet();
        return new DashboardFilter { ProvinceCodes = provinces.ToHashSet(), Levels = levels.ToHashSet(), Measures = measures };
    }

    private static bool IsMeasure(string s) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99;

    // Each list is checked against what can exist (34 provinces, 6 levels, 99 measures) and duplicates go, so a filter,
    // and the cache key made from it, is one of a bounded set however long the list in the URL.
    private static List<string> Valid(IReadOnlyDictionary<string, StringValues> q, string key, Func<string, bool> isValid,
        string expected, ICollection<ParameterProblem>? problems)
    {
        var values = List(q, key).ToList();
        var bad = values.FirstOrDefault(v => !isValid(v));
        if (bad is not null)
            problems?.Add(new ParameterProblem(key, ParameterErrors.Format(ParameterErrors.BadListItem, key, ParameterErrors.Shown(bad), expected)));
        return values.Where(isValid).Distinct().ToList();
    }

    /// <summary>The query string, without "?"; parameters at their default are left out so links stay short.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        // Only a well-formed id goes back into a link: a link never repeats what the page could not read.
        if (Notice.Id is { } notice) parts.Add($"{NoticeParameter.Key}={notice}");
        if (Filter.ProvinceCodes.Count > 0) parts.Add($"{Provinces}={string.Join(',', Filter.ProvinceCodes.Order())}");
        if (Filter.Levels.Count > 0) parts.Add($"{Levels}={string.Join(',', Filter.Levels.Order())}");
        if (Filter.Measures is not null) parts.Add($"{Measures}={string.Join(',', Filter.Measures.Order())}");
        if (Selected is not null) parts.Add($"{SelectedKey}={Selected}");
        if (Mode != MapMode.Localities) parts.Add($"{ModeKey}=provinces");
        if (CountsAll) parts.Add($"{CountsKey}=all");
        if (View is not null)
            parts.Add(FormattableString.Invariant($"{ViewKey}={View.Latitude:0.####},{View.Longitude:0.####},{View.Zoom:0.##}"));
        if (Grid.SortParameter is { } sort) parts.Add($"{SortKey}={sort}");
        if (Grid.Query is { } text) parts.Add($"{GridQueryKey}={Uri.EscapeDataString(text)}");
        return string.Join('&', parts);
    }

    private static IEnumerable<string> List(IReadOnlyDictionary<string, StringValues> q, string key) =>
        q.TryGetValue(key, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

    private static string? Code(IReadOnlyDictionary<string, StringValues> q, string key) =>
        List(q, key).FirstOrDefault(AdminCodes.IsLocality);

    private static MapMode ParseMode(IReadOnlyDictionary<string, StringValues> q) =>
        List(q, ModeKey).FirstOrDefault() == "provinces" ? MapMode.Provinces : MapMode.Localities;

    private static MapView? ParseView(IReadOnlyDictionary<string, StringValues> q)
    {
        var parts = List(q, ViewKey).Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToList();
        if (parts.Count != 3 || parts.Any(double.IsNaN)) return null;
        var (lat, lon, zoom) = (parts[0], parts[1], parts[2]);
        return lat is >= -90 and <= 90 && lon is >= -180 and <= 180 && zoom is >= 0 and <= 20 ? new MapView(lat, lon, zoom) : null;
    }
}
