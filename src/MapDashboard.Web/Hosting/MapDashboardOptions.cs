using System.ComponentModel.DataAnnotations;

namespace MapDashboard.Web.Hosting;

/// <summary>The "MapDashboard" configuration section (environment: MapDashboard__Key).</summary>
public sealed class MapDashboardOptions
{
    public const string Section = "MapDashboard";

    /// <summary>Apply EF Core migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Import the committed geodata and the seeds when the app starts (idempotent).</summary>
    public bool ImportOnStart { get; set; }

    /// <summary>Folder holding the committed geodata (gazetteer.csv, *.geojson). Needed when ImportOnStart is on.</summary>
    public string? GeodataDir { get; set; }

    /// <summary>Folder holding the notice text and review data. Needed when ImportOnStart is on.</summary>
    public string? SeedsDir { get; set; }

    /// <summary>Optional XYZ tile URL for online use; with none, the map requests nothing from outside.</summary>
    [Url]
    public string? TileUrl { get; set; }

    /// <summary>Attribution shown with the optional tiles.</summary>
    public string? TileAttribution { get; set; }
}
