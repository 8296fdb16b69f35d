using System.ComponentModel.DataAnnotations;

namespace MapDashboard.Web.Hosting;

/// <summary>The "MapDashboard" configuration section (environment: MapDashboard__Key).</summary>
public sealed class MapDashboardOptions
{
    public const string Section = "MapDashboard";

    /// <summary>
    /// Removed: the web process no longer migrates. Still read so that a deployment that sets it to true fails at start
    /// naming what replaced it (`mapdash migrate`) instead of serving a database nobody migrated.
    /// </summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Removed like <see cref="MigrateOnStart"/>; `mapdash import` replaced it.</summary>
    public bool ImportOnStart { get; set; }

    /// <summary>Optional XYZ tile URL for online use; with none, the map requests nothing from outside.</summary>
    [Url]
    public string? TileUrl { get; set; }

    /// <summary>Attribution shown with the optional tiles.</summary>
    public string? TileAttribution { get; set; }
}
