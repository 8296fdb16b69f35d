using System.Text;
using MapDashboard.Core.Output;

namespace MapDashboard.Core.Notices.Output;

/// <summary>Writes the four files of read-notice and export into one folder.</summary>
public static class NoticeOutputWriter
{
    public static readonly string[] FileNames = ["localities.geojson", "practices.csv", "indicators.csv", "review.md"];

    public static void WriteAll(string directory, NoticeExtraction x, string? reviewPreface = null)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        using (var s = File.Create(Path.Combine(directory, "localities.geojson"))) LocalityGeoJson.Write(s, Features(x.Localities), indented: true);
        using (var w = new StreamWriter(Path.Combine(directory, "practices.csv"), false, utf8)) NoticeCsv.WritePractices(w, x.Practices);
        using (var w = new StreamWriter(Path.Combine(directory, "indicators.csv"), false, utf8)) NoticeCsv.WriteIndicators(w, x.Indicators);
        using (var w = new StreamWriter(Path.Combine(directory, "review.md"), false, utf8)) ReviewMarkdown.Write(w, x, reviewPreface);
    }

    /// <summary>The plotted localities as the one locality vocabulary gives them, by code, at their points.</summary>
    public static IEnumerable<LocalityFeature> Features(IEnumerable<PlottedLocality> localities) =>
        localities.OrderBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new LocalityFeature(l.Code, l.NameZh, l.NameEn, l.Level, l.ProvinceCode, l.ParentCode, l.Longitude, l.Latitude));
}
