using System.Globalization;
using System.Text;
using MapDashboard.Core.Text;
using MapDashboard.Data.Queries;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;
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

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Practices(IEnumerable<PracticeRow> rows) => Write(PracticeHeader, rows.Select(r => new[]
    {
        Int(r.Id), Int(r.ThemeNumber), Text(r.ThemeTitle), Int(r.MeasureNumber), Text(r.MeasureTitle),
        r.ProvinceCode, Text(r.ProvinceNameZh), Text(r.ProvinceNameEn), r.Code, Text(r.NameZh), Text(r.NameEn),
        r.Level, LevelLabels.Of(r.Level), Text(r.Excerpt), Int(r.Start), Int(r.End),
        Int(r.Indicators.Count), Text(string.Join("; ", r.Indicators.Select(FigureText))), Int(r.Indicators.Count(i => i.Repaired)),
    }));

    public static byte[] Figures(IEnumerable<PracticeRow> rows) => Write(FigureHeader, rows.SelectMany(r => r.Indicators.Select(i => new[]
    {
        Int(r.Id), Int(r.MeasureNumber), r.ProvinceCode, Text(r.ProvinceNameZh), Text(r.ProvinceNameEn), r.Code,
        Text(r.NameZh), Text(r.NameEn), r.Level,
        i.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "", Text(i.Unit), Text(i.Qualifier), Text(FigureText(i)),
        Text(i.SourcePhrase), Text(i.Note), i.Repaired ? "true" : "false", Int(i.Start), Int(i.End),
    })));

    /// <summary>"about 12,000 places": the figure as the dashboard's chips read.</summary>
    public static string FigureText(IndicatorRow figure) => FigureFormat.Chip(figure, CultureInfo.InvariantCulture);

    private static byte[] Write(string[] header, IEnumerable<string[]> records)
    {
        var text = new StringBuilder();
        text.Append(Csv.FormatRow(header)).Append("\r\n");
        foreach (var record in records) text.Append(Csv.FormatRow(record)).Append("\r\n");
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // Spreadsheets run a cell starting with = + - @ as a formula; text from the notice must stay text.
    private static string Text(string? value) =>
        string.IsNullOrEmpty(value) || value.IndexOfAny(FormulaStarts) != 0 ? value ?? "" : "'" + value;

    private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);
}
