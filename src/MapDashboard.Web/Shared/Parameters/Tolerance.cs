using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>
/// The simplification tolerance of the geometry APIs (?tolerance=, degrees), one of a fixed set of levels: each level
/// is one cached GeoJSON per data version, so the set bounds what any number of requests can make the server build
/// and keep. 0 is full detail.
/// </summary>
public static class Tolerance
{
    public const string Name = "tolerance";

    /// <summary>The levels offered, in degrees (0.01° ≈ 1 km); the map itself asks for 0.01 and 0.002.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05];

    private static readonly string[] LevelTexts = Levels.Select(l => l.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The level asked for, or <paramref name="fallback"/> when the parameter is absent.</summary>
    public static bool TryParse(IQueryCollection query, double fallback, out double tolerance, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        tolerance = fallback;
        if (!QueryParameters.TryNonNegative(query, Name, out var asked, out problem)) return false;
        if (asked is not { } value) return true;
        if (!Levels.Contains(value))
        {
            problem = new ParameterProblem(Name, ParameterErrors.Format(ParameterErrors.NotOneOf, Name, string.Join(", ", LevelTexts),
                ParameterErrors.Shown(query[Name].ToString())));
            return false;
        }
        tolerance = value;
        return true;
    }

    /// <summary>True when the request asks for full detail (tolerance 0, or absent where 0 is the default).</summary>
    public static bool IsFullDetail(IQueryCollection query, double fallback) =>
        TryParse(query, fallback, out var tolerance, out _) && tolerance == 0;
}

/// <summary>Endpoint metadata: the tolerance an endpoint uses when none is asked for (the rate limiter reads it).</summary>
public sealed record ToleranceDefault(double Value);
