using System.Text.Json;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Core.Geography;

/// <summary>The committed files of <c>geodata/</c> and how to read and write them (GeoJSON, WGS84, SRID 4326).</summary>
public static class GeodataFiles
{
    public const string Provinces = "provinces.geojson";
    public const string Prefectures = "prefectures.geojson";
    public const string Counties = "counties.geojson";
    public const string Lines = "lines.geojson";
    public const string Gazetteer = "gazetteer.csv";
    public const string Attribution = "attribution.txt";

    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    public static JsonSerializerOptions JsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(Factory));
        return options;
    }

    public static FeatureCollection ReadFeatures(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<FeatureCollection>(stream, JsonOptions())
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection.");
    }

    public static void WriteFeatures(string path, FeatureCollection features)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, features, JsonOptions());
    }

    /// <summary>A property as text, whether the reader gave a string, a number or a JsonElement.</summary>
    public static string Text(IFeature feature, string name)
    {
        if (!feature.Attributes.Exists(name)) return "";
        return feature.Attributes[name] switch
        {
            null => "",
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
            JsonElement e => e.GetRawText(),
            var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
    }

    /// <summary>Boundaries by code from one of the polygon files (feature property "code").</summary>
    public static Dictionary<string, MultiPolygon> ReadBoundaries(string path) =>
        ReadFeatures(path).ToDictionary(f => Text(f, "code"), f => AsMultiPolygon(f.Geometry));

    public static MultiPolygon AsMultiPolygon(Geometry g) => g switch
    {
        MultiPolygon mp => mp,
        Polygon p => Factory.CreateMultiPolygon([p]),
        _ => Factory.CreateMultiPolygon(Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN)
            .SelectMany(x => x is MultiPolygon m ? m.Geometries.Cast<Polygon>() : x is Polygon p ? [p] : [])
            .ToArray()),
    };
}
