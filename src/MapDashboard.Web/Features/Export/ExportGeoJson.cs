using System.Text.Json;
using MapDashboard.Core.Output;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// practices.geojson: one Point per locality passing the filter (by province, then code), in the one locality
/// vocabulary (Core's LocalityGeoJson), with the export's own additions: practice_count, figure_count and practices
/// (each with its figures and how they were read).
/// </summary>
public static class ExportGeoJson
{
    public static byte[] Write(NoticeData notice, IReadOnlyList<PracticeRow> rows)
    {
        var byCode = rows.ToLookup(r => r.Code);
        var features = notice.Plotted.Where(p => byCode.Contains(p.Locality.Code))
            .OrderBy(p => p.Locality.ProvinceCode, StringComparer.Ordinal).ThenBy(p => p.Locality.Code, StringComparer.Ordinal)
            .Select(p =>
            {
                var mine = byCode[p.Locality.Code].ToList();
                return LocalityFeatures.From(p.Locality, notice.Id,
                    mine.Select(r => r.MeasureNumber).Distinct().Order().ToList(), mine.Select(r => r.ThemeNumber).Distinct().Order().ToList(),
                    levelLabel: LevelLabels.Of(p.Locality.Level));
            });
        return LocalityGeoJson.Write(features, notice.Id, (w, f) => Practices(w, byCode[f.Code].ToList()));
    }

    private static void Practices(Utf8JsonWriter w, IReadOnlyList<PracticeRow> practices)
    {
        w.WriteNumber("practice_count", practices.Count);
        w.WriteNumber("figure_count", practices.Sum(p => p.Indicators.Count));
        w.WriteStartArray("practices");
        foreach (var p in practices)
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
        w.WriteEndArray();
    }
}
