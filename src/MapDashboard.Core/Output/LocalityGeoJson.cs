using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MapDashboard.Core.Text;
using NetTopologySuite.IO.Converters;

namespace MapDashboard.Core.Output;

/// <summary>
/// The one GeoJSON writer for localities (RFC 7946, WGS 84): the map's API, the exports, read-notice and export files
/// and the OGC API all write a locality through it, so its property names are decided here once:
/// code, adcode, name_zh, name_en, pinyin, level, level_label, province_code, province_name_zh, province_name_en,
/// parent_code, prefecture_code, prefecture_name_zh, prefecture_name_en, lon, lat, notice, measures, themes; then what
/// the caller adds (<c>extra</c>: the map's figure chips, an export's practices). The feature id is the code.
/// </summary>
public static class LocalityGeoJson
{
    public const string ContentType = "application/geo+json";

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory() }, Encoder = Encoder };

    /// <summary>A FeatureCollection of <paramref name="features"/>, in the order given; <paramref name="notice"/> names the notice when there is one.</summary>
    public static byte[] Write(IEnumerable<LocalityFeature> features, string? notice = null,
        Action<Utf8JsonWriter, LocalityFeature>? extra = null, bool indented = false)
    {
        using var buffer = new MemoryStream();
        Write(buffer, features, notice, extra, indented);
        return buffer.ToArray();
    }

    public static void Write(Stream stream, IEnumerable<LocalityFeature> features, string? notice = null,
        Action<Utf8JsonWriter, LocalityFeature>? extra = null, bool indented = false)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Encoder });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (notice is not null) w.WriteString("notice", notice);
        w.WriteStartArray("features");
        foreach (var f in features) WriteFeature(w, f, extra);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFeature(Utf8JsonWriter w, LocalityFeature f, Action<Utf8JsonWriter, LocalityFeature>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", f.Code);
        if (f.Shape is { } shape)
        {
            w.WritePropertyName("geometry");
            JsonSerializer.Serialize(w, shape, GeometryOptions);
        }
        else GeoJsonPoint.Write(w, f.Longitude, f.Latitude);
        w.WriteStartObject("properties");
        w.WriteString("code", f.Code);
        w.WriteString("adcode", f.Adcode);
        w.WriteString("name_zh", f.NameZh);
        w.WriteString("name_en", f.NameEn);
        Optional(w, "pinyin", f.Pinyin);
        w.WriteString("level", f.Level);
        Optional(w, "level_label", f.LevelLabel);
        w.WriteString("province_code", f.ProvinceCode);
        Optional(w, "province_name_zh", f.ProvinceNameZh);
        Optional(w, "province_name_en", f.ProvinceNameEn);
        w.WriteString("parent_code", f.ParentCode);
        Optional(w, "prefecture_code", f.PrefectureCode);
        Optional(w, "prefecture_name_zh", f.PrefectureNameZh);
        Optional(w, "prefecture_name_en", f.PrefectureNameEn);
        w.WriteNumber("lon", Math.Round(f.Longitude, 6));
        w.WriteNumber("lat", Math.Round(f.Latitude, 6));
        Optional(w, "notice", f.NoticeId);
        if (f.Measures is not null) Ints(w, "measures", f.Measures);
        if (f.Themes is not null) Ints(w, "themes", f.Themes);
        extra?.Invoke(w, f);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Ints(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }
}
