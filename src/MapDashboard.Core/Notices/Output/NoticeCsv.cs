using System.Globalization;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Notices.Output;

/// <summary>practices.csv and indicators.csv. The adcode column is six digits; a town reports its county's.</summary>
public static class NoticeCsv
{
    public static readonly string[] PracticeHeader = ["theme", "measure", "adcode", "name_en", "excerpt", "start", "end"];
    public static readonly string[] IndicatorHeader = ["measure", "adcode", "value", "unit", "qualifier", "source_phrase", "note"];

    public static void WritePractices(TextWriter w, IEnumerable<PracticeRecord> practices) =>
        Csv.Write(w, PracticeHeader, practices.OrderBy(p => p.Measure).ThenBy(p => p.Range.Start).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new[] { Int(p.Theme), Int(p.Measure), Adcode(p.Code), p.NameEn, p.Excerpt, Int(p.Range.Start), Int(p.Range.End) }));

    public static void WriteIndicators(TextWriter w, IEnumerable<IndicatorRecord> indicators) =>
        Csv.Write(w, IndicatorHeader, indicators.OrderBy(i => i.Measure).ThenBy(i => i.Range.Start)
            .Select(i => new[] { Int(i.Measure), Adcode(i.Code), Value(i.Value), i.Unit, i.Qualifier, i.SourcePhrase, i.Note }));

    public static string Value(decimal? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";

    public static string Adcode(string code) => code.Length > 6 ? code[..6] : code;

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
