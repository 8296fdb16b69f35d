using System.Globalization;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Components.Map;
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
    private static readonly HashSet<string> KnownLevels = ["province", "prefecture", "county_city", "county", "district", "town"];

    public static DashboardUrl Default { get; } = new(DashboardFilter.None, null, MapMode.Localities, null);

    public static DashboardUrl Parse(string? query)
    {
        var q = QueryHelpers.ParseQuery(query);
        return new DashboardUrl(ParseFilter(q), Code(q, SelectedKey), ParseMode(q), ParseView(q));
    }

    public static DashboardFilter ParseFilter(IReadOnlyDictionary<string, StringValues> q)
    {
        var provinces = List(q, Provinces).Where(c => c.Length == 6 && c.All(char.IsAsciiDigit) && c.EndsWith("0000", StringComparison.Ordinal));
        var levels = List(q, Levels).Where(KnownLevels.Contains);
        HashSet<int>? measures = null;
        if (q.ContainsKey(Measures))
            measures = List(q, Measures).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .Where(n => n is >= 1 and <= 99).ToHashSet();
        return new DashboardFilter { ProvinceCodes = provinces.ToHashSet(), Levels = levels.ToHashSet(), Measures = measures };
    }

    /// <summary>The query string, without "?"; parameters at their default are left out so links stay short.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Filter.ProvinceCodes.Count > 0) parts.Add($"{Provinces}={string.Join(',', Filter.ProvinceCodes.Order())}");
        if (Filter.Levels.Count > 0) parts.Add($"{Levels}={string.Join(',', Filter.Levels.Order())}");
        if (Filter.Measures is not null) parts.Add($"{Measures}={string.Join(',', Filter.Measures.Order())}");
        if (Selected is not null) parts.Add($"{SelectedKey}={Selected}");
        if (Mode != MapMode.Localities) parts.Add($"{ModeKey}=provinces");
        if (View is not null)
            parts.Add(FormattableString.Invariant($"{ViewKey}={View.Latitude:0.####},{View.Longitude:0.####},{View.Zoom:0.##}"));
        return string.Join('&', parts);
    }

    private static IEnumerable<string> List(IReadOnlyDictionary<string, StringValues> q, string key) =>
        q.TryGetValue(key, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            : [];

    private static string? Code(IReadOnlyDictionary<string, StringValues> q, string key) =>
        List(q, key).FirstOrDefault(c => c.Length is 6 or 9 && c.All(char.IsAsciiDigit));

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
