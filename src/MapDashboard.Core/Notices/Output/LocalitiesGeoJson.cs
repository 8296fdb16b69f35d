using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Notices.Output;

/// <summary>localities.geojson: one Point feature per plotted locality, WGS84, ordered by code.</summary>
public static class LocalitiesGeoJson
{
    public static void Write(Stream stream, IEnumerable<PlottedLocality> localities)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var l in localities.OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            GeoJsonPoint.Write(w, l.Longitude, l.Latitude);
            w.WriteStartObject("properties");
            w.WriteString("adcode", l.Adcode);
            if (l.TownCode is { } town) w.WriteString("town_code", town);
            w.WriteString("name_zh", l.NameZh);
            w.WriteString("name_en", l.NameEn);
            w.WriteString("level", l.Level);
            w.WriteString("province_adcode", l.ProvinceCode);
            w.WriteString("parent_adcode", l.ParentCode);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
