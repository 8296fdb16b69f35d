using System.Globalization;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Shared.Localization;

namespace MapDashboard.Web.Shared.Figures;

/// <summary>
/// How a figure reads on a chip: "about 12,000 compulsory education places" in English, "约1.2万 compulsory education
/// places" in Chinese. The unit words are the notice's own (English) and stay as imported.
/// </summary>
public static class FigureFormat
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;

    /// <summary>
    /// English: thousands separators (12,000). Chinese: from 10,000 on in 万, from 100,000,000 on in 亿, with up to four
    /// decimals and trailing zeros trimmed (12000 → 1.2万, 230000000 → 2.3亿, 12345 → 1.2345万); below 10,000 as English.
    /// </summary>
    public static string Value(decimal value, CultureInfo culture)
    {
        if (Cultures.IsChinese(culture))
        {
            var abs = Math.Abs(value);
            if (abs >= Yi) return Scaled(value / Yi, "亿", culture);
            if (abs >= Wan) return Scaled(value / Wan, "万", culture);
        }
        return value == decimal.Truncate(value) ? value.ToString("N0", culture) : value.ToString("#,0.##", culture);
    }

    public static string Chip(IndicatorRow f, CultureInfo culture)
    {
        if (f.Value is null) return f.SourcePhrase;
        var chinese = Cultures.IsChinese(culture);
        var number = Value(f.Value.Value, culture) + (f.Unit == "%" ? "%" : "");
        var qualifier = chinese ? QualifierZh(f.Qualifier) : f.Qualifier;
        // Chinese sets the qualifier against the number (约1.2万); the English unit words keep their space.
        var head = string.IsNullOrWhiteSpace(qualifier) ? number : qualifier + (chinese ? "" : " ") + number;
        return f.Unit == "%" || string.IsNullOrWhiteSpace(f.Unit) ? head : $"{head} {f.Unit}";
    }

    /// <summary>The qualifiers the reader normalises to (Core's Qualifiers.Find), in Chinese.</summary>
    public static string QualifierZh(string qualifier) => qualifier switch
    {
        "about" => "约",
        "more than" => "超过",
        "nearly" => "近",
        "less than" => "不到",
        "up to" => "最多",
        "reached" => "达到",
        _ => qualifier,
    };

    private static string Scaled(decimal scaled, string unit, CultureInfo culture) =>
        Math.Round(scaled, 4, MidpointRounding.AwayFromZero).ToString("0.####", culture) + unit;
}
