using System.Globalization;
using System.Text;
using MapDashboard.Core.Text;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;

namespace MapDashboard.Web.Features.Export;

/// <summary>
/// The two CSV exports: one row per practice (figures summarised in one column) and one row per figure with how it was
/// read. UTF-8 with a BOM and CRLF line ends, so Excel opens Chinese names correctly by double-click.
/// </summary>
public static class PracticeCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] PracticeHeader =
    [
        "practice_id", "theme", "theme_title", "measure", "measure_title", "province_code", "province_zh", "province_en",
        "code", "name_zh", "name_en", "level", "level_label", "excerpt", "excerpt_start", "excerpt_end",
        "figure_count", "figures", "figures_repaired",
    ];

    public static readonly string[] FigureHeader =
    [
        "practice_id", "measure", "province_code", "province_zh", "province_en", "code", "name_zh", "name_en", "level",
        "value", "unit", "qualifier", "figure", "source_phrase", "how_read", "repaired", "phrase_start", "phrase_end",
    ];

    public static byte[] Practices(IEnumerable<PracticeRow> rows) => Write(PracticeHeader, rows.Select(r => new[]
    {
        Int(r.Id), Int(r.ThemeNumber), r.ThemeTitle, Int(r.MeasureNumber), r.MeasureTitle,
        r.ProvinceCode, r.ProvinceNameZh, r.ProvinceNameEn, r.Code, r.NameZh, r.NameEn,
        r.Level, LevelLabels.Of(r.Level), r.Excerpt, Int(r.Start), Int(r.End),
        Int(r.Indicators.Count), string.Join("; ", r.Indicators.Select(FigureText)), Int(r.Indicators.Count(i => i.Repaired)),
    }));

    public static byte[] Figures(IEnumerable<PracticeRow> rows) => Write(FigureHeader, rows.SelectMany(r => r.Indicators.Select(i => new[]
    {
        Int(r.Id), Int(r.MeasureNumber), r.ProvinceCode, r.ProvinceNameZh, r.ProvinceNameEn, r.Code,
        r.NameZh, r.NameEn, r.Level,
        i.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", i.Unit, i.Qualifier, FigureText(i),
        i.SourcePhrase, i.Note, i.Repaired ? "true" : "false", Int(i.Start), Int(i.End),
    })));

    /// <summary>"about 12,000 places": the figure as the dashboard's chips read.</summary>
    public static string FigureText(IndicatorRow figure) => FigureFormat.Chip(figure, CultureInfo.InvariantCulture);

    // UTF-8 with a BOM and CRLF: Excel opens Chinese names correctly by double-click. Excel-safe: CsvHelper escapes a
    // cell starting with = + - @ with an apostrophe, so text from the notice stays text in a spreadsheet.
    private static byte[] Write(string[] header, IEnumerable<string[]> records)
    {
        using var text = new StringWriter();
        Csv.Write(text, header, records, "\r\n", excelSafe: true);
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
