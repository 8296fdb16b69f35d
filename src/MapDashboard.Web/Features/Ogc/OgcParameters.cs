using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Data.Ogc;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// Every query parameter of the OGC API, read in one place. A parameter the resource does not define is refused with
/// 400 rather than ignored: OGC API - Features Part 1 (Req. /req/core/query-param-unknown) lets a server do so, and a
/// misspelt filter (<c>provnice=</c>) that silently returned every feature would be worse.
/// </summary>
public static partial class OgcParameters
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 10_000;
    public const string Notice = "notice";

    private static readonly string[] Paging = ["f", "limit", "offset", "bbox", "datetime"];

    /// <summary>Parameters that <paramref name="collection"/>'s items accept (null: a resource taking only f).</summary>
    public static IReadOnlyList<string> Allowed(FeatureCollection? collection, bool items) =>
        collection is null ? ["f"]
        : items ? [.. Paging, .. collection.Queryables, .. collection.OfNotice ? new[] { Notice } : []]
        : collection.OfNotice ? ["f", Notice] : ["f"];

    public static bool TryCheckKnown(IQueryCollection query, IReadOnlyList<string> allowed, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        var unknown = query.Keys.FirstOrDefault(k => !allowed.Contains(k));
        problem = unknown is null ? null : new ParameterProblem(unknown,
            $"Parameter {ParameterErrors.Shown(unknown)} is not defined for this resource; it accepts {string.Join(", ", allowed)}.");
        return problem is null;
    }

    /// <summary>The notice asked for (null: the newest published one); a slug such as ndrc-&lt;year&gt;-&lt;number&gt;.</summary>
    public static bool TryNotice(IQueryCollection query, out string? notice, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        if (!QueryParameters.TrySingle(query, Notice, out notice, out problem)) return false;
        if (notice is null || Slug().IsMatch(notice)) return true;
        problem = new ParameterProblem(Notice, $"Parameter notice must be a notice id such as ndrc-<year>-<number>; got '{ParameterErrors.Shown(notice)}'.");
        return false;
    }

    public static bool TryItems(IQueryCollection query, FeatureCollection collection, [NotNullWhen(true)] out FeatureQuery? result,
        [NotNullWhen(false)] out ParameterProblem? problem)
    {
        result = null;
        if (!TryCheckKnown(query, Allowed(collection, items: true), out problem)
            || !TryInt(query, "limit", 1, MaxLimit, DefaultLimit, out var limit, out problem)
            || !TryInt(query, "offset", 0, int.MaxValue, 0, out var offset, out problem)
            || !TryBbox(query, out var bbox, out problem)
            || !TryDatetime(query, out problem)
            || !TryNotice(query, out var notice, out problem)
            || !TryProvince(query, out var province, out problem)
            || !TryLevel(query, collection, out var level, out problem)
            || !TryInt(query, FeatureCollections.Measure, 1, 999, null, out var measure, out problem)
            || !TryInt(query, FeatureCollections.Theme, 1, 99, null, out var theme, out problem))
            return false;
        result = new FeatureQuery(collection, limit!.Value, offset!.Value, bbox, province, level, measure, theme, notice);
        return true;
    }

    private static bool TryInt(IQueryCollection query, string name, int min, int max, int? fallback, out int? value,
        [NotNullWhen(false)] out ParameterProblem? problem)
    {
        value = fallback;
        if (!QueryParameters.TrySingle(query, name, out var text, out problem)) return false;
        if (text is null) return true;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            value = n;
            return true;
        }
        problem = new ParameterProblem(name, $"Parameter {name} must be a whole number from {min} to {max}; got '{ParameterErrors.Shown(text)}'.");
        return false;
    }

    /// <summary>west,south,east,north in CRS84 degrees; no antimeridian crossing (nothing served lies across it).</summary>
    private static bool TryBbox(IQueryCollection query, out Bbox? bbox, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        bbox = null;
        if (!QueryParameters.TrySingle(query, "bbox", out var text, out problem)) return false;
        if (text is null) return true;
        var parts = text.Split(',');
        var n = new double[parts.Length];
        var ok = parts.Length == 4 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out n[i]) && double.IsFinite(n[i])).All(x => x)
            && n[0] >= -180 && n[2] <= 180 && n[1] >= -90 && n[3] <= 90 && n[0] <= n[2] && n[1] <= n[3];
        if (ok)
        {
            bbox = new Bbox(n[0], n[1], n[2], n[3]);
            return true;
        }
        problem = new ParameterProblem("bbox", "Parameter bbox must be four numbers west,south,east,north in CRS84 degrees " +
            $"(west ≤ east within -180..180, south ≤ north within -90..90); got '{ParameterErrors.Shown(text)}'.");
        return false;
    }

    /// <summary>
    /// Core requires the parameter; no feature here carries a time, so a well-formed instant or interval matches them all.
    /// </summary>
    private static bool TryDatetime(IQueryCollection query, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        if (!QueryParameters.TrySingle(query, "datetime", out var text, out problem)) return false;
        if (text is null || text.Split('/') is { Length: 1 or 2 } ends && ends.All(e => e is ".." or "" || DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, out _)))
            return true;
        problem = new ParameterProblem("datetime", $"Parameter datetime must be an RFC 3339 date-time or interval; got '{ParameterErrors.Shown(text)}'.");
        return false;
    }

    private static bool TryProvince(IQueryCollection query, out string? province, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        if (!QueryParameters.TrySingle(query, FeatureCollections.Province, out province, out problem)) return false;
        if (province is null || AdminCodes.IsProvince(province)) return true;
        problem = new ParameterProblem(FeatureCollections.Province,
            $"Parameter province must be a province's adcode such as 440000; got '{ParameterErrors.Shown(province)}'.");
        return false;
    }

    private static bool TryLevel(IQueryCollection query, FeatureCollection collection, out string? level, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        if (!QueryParameters.TrySingle(query, FeatureCollections.Level, out level, out problem)) return false;
        return level is null || QueryParameters.TryOneOf(FeatureCollections.Level, level, collection.Levels.ToArray(), out problem);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Slug();
}
