using Microsoft.Extensions.Caching.Memory;
using NetTopologySuite.Simplify;

namespace MapDashboard.Web.Shared.Geo;

/// <summary>
/// The national border and special lines (geodata/lines.geojson), simplified like the province boundaries they are
/// drawn with: at full detail the border alone has more vertices than every province together.
/// </summary>
internal sealed class LinesGeoJson(IMemoryCache cache)
{
    // The file never changes while the app runs: expiry only keeps odd tolerances from piling up in memory.
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(10);

    /// <summary>The lines with vertices closer than <paramref name="tolerance"/> degrees dropped; 0 gives them as built.</summary>
    public byte[] At(double tolerance) => tolerance <= 0
        ? GeodataResources.Lines
        : cache.GetOrCreate(("lines.geojson", tolerance), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Keep;
            return Simplify(tolerance);
        })!;

    private static byte[] Simplify(double tolerance)
    {
        var features = GeoJsonBytes.Read(GeodataResources.Lines);
        foreach (var feature in features) feature.Geometry = DouglasPeuckerSimplifier.Simplify(feature.Geometry, tolerance);
        return GeoJsonBytes.ToUtf8(features);
    }
}
