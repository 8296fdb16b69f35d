using MapDashboard.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MapDashboard.Data.Import;

/// <summary>One admin_units row to import: the gazetteer entry, its boundary (none for towns) and its point, SRID 4326.</summary>
internal sealed record AdminUnitRow(GazetteerEntry Entry, MultiPolygon? Boundary, Point Point);

internal static class AdminUnitRows
{
    /// <summary>Current units of the gazetteer; a boundary from the layer of the unit's own level (counties for county-tier units).</summary>
    public static IReadOnlyList<AdminUnitRow> Read(string geodataDir)
    {
        var gazetteer = GazetteerCsv.ReadFile(Path.Combine(geodataDir, GeodataFiles.Gazetteer));
        var provinces = GeodataFiles.ReadBoundaries(Path.Combine(geodataDir, GeodataFiles.Provinces));
        var prefectures = GeodataFiles.ReadBoundaries(Path.Combine(geodataDir, GeodataFiles.Prefectures));
        var counties = GeodataFiles.ReadBoundaries(Path.Combine(geodataDir, GeodataFiles.Counties));
        var factory = GeodataFiles.Factory;
        return gazetteer.Where(e => e.IsCurrent).Select(e =>
        {
            var layer = e.Level switch { AdminLevel.Province => provinces, AdminLevel.Prefecture => prefectures, AdminLevel.Town => null, _ => counties };
            var boundary = layer != null && layer.TryGetValue(e.Code, out var b) ? Valid(b) : null;
            return new AdminUnitRow(e, boundary, factory.CreatePoint(new Coordinate(e.Longitude, e.Latitude)));
        }).ToList();
    }

    private static MultiPolygon Valid(MultiPolygon g) => g.IsValid ? g : GeodataFiles.AsMultiPolygon(GeometryFixer.Fix(g));
}
