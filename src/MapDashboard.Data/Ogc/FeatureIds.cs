namespace MapDashboard.Data.Ogc;

/// <summary>
/// The shape of feature ids: an adcode (6 digits, or 9 for a town) for units and localities, "{adcode}-{measure}" for
/// practices. Checked before an id reaches a query, so a malformed id is simply not found.
/// </summary>
public static class FeatureIds
{
    public static bool IsWellFormed(FeatureCollection collection, string id)
    {
        var (code, measure) = Split(id);
        var codeOk = code is { Length: 6 or 9 } && code.All(char.IsAsciiDigit);
        return collection.Source == FeatureSource.Practices ? codeOk && measure is > 0 : codeOk && measure is null && !id.Contains('-');
    }

    /// <summary>"440114-3" → ("440114", 3); "440114" → ("440114", null).</summary>
    public static (string Code, int? Measure) Split(string id)
    {
        var dash = id.IndexOf('-');
        if (dash < 0) return (id, null);
        var measure = id[(dash + 1)..];
        return (id[..dash], measure.Length is > 0 and <= 3 && measure.All(char.IsAsciiDigit) ? int.Parse(measure) : -1);
    }
}
