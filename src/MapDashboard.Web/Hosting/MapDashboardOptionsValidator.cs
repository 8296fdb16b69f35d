using Microsoft.Extensions.Options;

namespace MapDashboard.Web.Hosting;

/// <summary>Checks, at start-up, the settings that depend on each other; each failure names what to set.</summary>
internal sealed class MapDashboardOptionsValidator : IValidateOptions<MapDashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, MapDashboardOptions o)
    {
        var failures = new List<string>();
        if (o.MigrateOnStart || o.ImportOnStart)
            failures.Add(
                "MapDashboard__MigrateOnStart and MapDashboard__ImportOnStart are gone: the web process connects as a " +
                "read-only role. Run `mapdash migrate --importer-role R --web-role R` as the owner and `mapdash import` " +
                "as the importer before starting it (scripts/run and docker-compose.yml do), and remove the setting.");
        if (o.TileUrl is { Length: > 0 } url && !url.Contains("{z}", StringComparison.Ordinal))
            failures.Add($"MapDashboard__TileUrl must be an XYZ template containing {{z}}, {{x}} and {{y}} (now '{url}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
