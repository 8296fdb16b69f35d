using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>
/// Parsing of the API's query parameters (as pg_featureserv's param.go): each function gives the value or the named
/// problem, never an exception. Pages use <see cref="PageParameters"/>, which falls back to defaults instead.
/// </summary>
public static class QueryParameters
{
    /// <summary>The parameter's one value (null when absent); a repeated parameter is a problem, not a silent pick.</summary>
    public static bool TrySingle(IQueryCollection query, string name, out string? value, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        var values = query.TryGetValue(name, out var v) ? v : StringValues.Empty;
        value = values.Count == 1 ? values[0] : null;
        problem = values.Count > 1 ? new ParameterProblem(name, ParameterErrors.Format(ParameterErrors.Repeated, name)) : null;
        return problem is null;
    }

    /// <summary>A finite, non-negative number; absent gives null.</summary>
    public static bool TryNonNegative(IQueryCollection query, string name, out double? number, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        number = null;
        if (!TrySingle(query, name, out var text, out problem)) return false;
        if (text is null) return true;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            problem = new ParameterProblem(name, ParameterErrors.Format(ParameterErrors.NotANumber, name, ParameterErrors.Shown(text)));
        else if (!double.IsFinite(parsed))
            problem = new ParameterProblem(name, ParameterErrors.Format(ParameterErrors.NotFinite, name));
        else if (parsed < 0)
            problem = new ParameterProblem(name, ParameterErrors.Format(ParameterErrors.Negative, name));
        else
            number = parsed;
        return problem is null;
    }

    /// <summary>One of a fixed set of words (e.g. a boundary level).</summary>
    public static bool TryOneOf(string name, string? value, IReadOnlyCollection<string> allowed, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        problem = value is not null && allowed.Contains(value) ? null
            : new ParameterProblem(name, ParameterErrors.Format(ParameterErrors.NotOneOf, name, string.Join(", ", allowed), ParameterErrors.Shown(value)));
        return problem is null;
    }
}
