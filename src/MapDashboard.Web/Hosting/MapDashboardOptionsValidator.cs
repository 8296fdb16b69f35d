using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Hosting;

/// <summary>Checks, at start-up, the settings that depend on each other; each failure names what to set.</summary>
internal sealed class MapDashboardOptionsValidator : IValidateOptions<MapDashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, MapDashboardOptions o)
    {
        var failures = new List<string>();
        if (o.ImportOnStart)
        {
            if (string.IsNullOrWhiteSpace(o.GeodataDir) || !Directory.Exists(o.GeodataDir))
                failures.Add($"MapDashboard:ImportOnStart is on, so set MapDashboard__GeodataDir to the folder holding gazetteer.csv (now '{o.GeodataDir}').");
            if (string.IsNullOrWhiteSpace(o.SeedsDir) || !Directory.Exists(o.SeedsDir))
                failures.Add($"MapDashboard:ImportOnStart is on, so set MapDashboard__SeedsDir to the folder holding the notice text (now '{o.SeedsDir}').");
        }
        if (o.TileUrl is { Length: > 0 } url && !url.Contains("{z}", StringComparison.Ordinal))
            failures.Add($"MapDashboard__TileUrl must be an XYZ template containing {{z}}, {{x}} and {{y}} (now '{url}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
