using System.Globalization;
using MapDashboard.Web.Shared.Figures;
using MapDashboard.Web.Features.Dashboard.Details;

namespace MapDashboard.Web.Features.Presenter;

/// <summary>Big numbers in words the room can read at a glance: 2,800,000,000 → "2.8 billion" (Chinese: "28亿").</summary>
public static class CompactNumber
{
    public static string Format(decimal value, CultureInfo culture) => Math.Abs(value) switch
    {
        _ when Shared.Localization.Cultures.IsChinese(culture) => FigureFormat.Value(value, culture),
        >= 1_000_000_000m => Scaled(value / 1_000_000_000m, "billion", culture),
        >= 1_000_000m => Scaled(value / 1_000_000m, "million", culture),
        _ => FigureFormat.Value(value, culture),
    };

    private static string Scaled(decimal v, string word, CultureInfo culture) =>
        $"{Math.Round(v, 2).ToString("0.##", culture)} {word}";
}
