using System.Text.Encodings.Web;
using System.Text.Json;
using MapDashboard.Core.Text;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// RFC 7946 FeatureCollection: one Point per locality passing the filter, its practices and figures as properties.
/// Written directly: points need no geometry library, and nested practice objects stay plain JSON.
/// </summary>
public static class PracticeGeoJson
{
    public const string ContentType = "application/geo+json";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(ExportSet set)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("notice", set.NoticeId);
            w.WriteStartArray("features");
            foreach (var locality in set.Rows.GroupBy(r => r.Code).OrderBy(g => g.First().ProvinceCode).ThenBy(g => g.Key))
                WriteFeature(w, locality.ToList(), set.Points.GetValueOrDefault(locality.Key));
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter w, IReadOnlyList<PracticeRow> practices, LocalityPoint? point)
    {
        var first = practices[0];
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", first.Code);
        if (point is null) w.WriteNull("geometry");
        else GeoJsonPoint.Write(w, point.Longitude, point.Latitude);
        w.WriteStartObject("properties");
        w.WriteString("code", first.Code);
        w.WriteString("name_zh", first.NameZh);
        w.WriteString("name_en", first.NameEn);
        w.WriteString("level", first.Level);
        w.WriteString("level_label", LevelLabels.Of(first.Level));
        w.WriteString("province_code", first.ProvinceCode);
        w.WriteString("province_zh", first.ProvinceNameZh);
        w.WriteString("province_en", first.ProvinceNameEn);
        WriteInts(w, "themes", practices.Select(p => p.ThemeNumber).Distinct().Order());
        WriteInts(w, "measures", practices.Select(p => p.MeasureNumber).Distinct().Order());
        w.WriteNumber("practice_count", practices.Count);
        w.WriteNumber("figure_count", practices.Sum(p => p.Indicators.Count));
        w.WriteStartArray("practices");
        foreach (var p in practices) WritePractice(w, p);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePractice(Utf8JsonWriter w, PracticeRow p)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteNumber("theme", p.ThemeNumber);
        w.WriteString("theme_title", p.ThemeTitle);
        w.WriteNumber("measure", p.MeasureNumber);
        w.WriteString("measure_title", p.MeasureTitle);
        w.WriteString("excerpt", p.Excerpt);
        w.WriteNumber("excerpt_start", p.Start);
        w.WriteNumber("excerpt_end", p.End);
        w.WriteStartArray("figures");
        foreach (var f in p.Indicators)
        {
            w.WriteStartObject();
            if (f.Value is { } value) w.WriteNumber("value", value); else w.WriteNull("value");
            w.WriteString("unit", f.Unit);
            w.WriteString("qualifier", f.Qualifier);
            w.WriteString("figure", PracticeCsv.FigureText(f));
            w.WriteString("source_phrase", f.SourcePhrase);
            w.WriteString("how_read", f.Note);
            w.WriteBoolean("repaired", f.Repaired);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteInts(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }
}
