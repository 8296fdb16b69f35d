using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Tests.Presenter;

/// <summary>A notice shaped like No. 668 (3 themes: 3, 6 and 4 measures), with a few practices and figures.</summary>
internal static class SampleNotice
{
    public static IReadOnlyList<MeasureInfo> Measures { get; } = Enumerable.Range(1, 13)
        .Select(n => new MeasureInfo(n, n <= 3 ? 1 : n <= 9 ? 2 : 3, $"Theme {(n <= 3 ? 1 : n <= 9 ? 2 : 3)} title", $"Measure {n} title", ""))
        .ToList();

    public static IndicatorRow Figure(decimal? value, string unit, string qualifier = "", bool repaired = false, int start = 0) =>
        new(value, unit, qualifier, $"{qualifier} {value} {unit}".Trim(), repaired ? "read 6.5438+0.2 million as 12,000" : "", repaired, start, start + 5);

    public static PracticeRow Practice(int measure, string code, string nameEn, params IndicatorRow[] figures)
    {
        var m = Measures[measure - 1];
        return new PracticeRow(measure * 1000 + int.Parse(code[..6]) % 1000, m.ThemeNumber, m.ThemeTitle, measure, m.Title, code,
            nameEn + "ZH", nameEn, "prefecture", code[..2] + "0000", "省", "Province " + code[..2], "excerpt", 0, 10, figures);
    }

    public static IReadOnlyList<PracticeRow> Rows { get; } =
    [
        Practice(2, "430300", "Xiangtan City", Figure(29000, "sets of public rental housing", "about", start: 10)),
        Practice(2, "421300", "Suizhou City", Figure(18000, "sets of public rental housing", "about", repaired: true, start: 20),
            Figure(5, "schools", start: 30)),
        Practice(2, "640100", "Yinchuan City", Figure(45000, "sets of affordable housing", "about", start: 40)),
        Practice(2, "431000", "Chenzhou City", Figure(12000, "compulsory education places", "about", start: 50)),
        Practice(7, "410183", "Xinmi City", Figure(10000, "parking spaces", "nearly"), Figure(30000, "parking spaces", "about")),
        Practice(10, "510184", "Chongzhou City", Figure(2_800_000_000, "yuan", "about")),
        Practice(10, "440114", "Huadu District", Figure(230_000_000, "yuan", "about")),
    ];
}
