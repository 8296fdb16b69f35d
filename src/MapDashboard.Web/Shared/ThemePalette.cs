namespace MapDashboard.Web.Shared;

/// <summary>One colour per theme, shared by map, legend and list (colour-blind safe, readable on white).</summary>
public static class ThemePalette
{
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"];

    public static string Of(int theme) => Colors[(Math.Max(theme, 1) - 1) % Colors.Length];

    public static IReadOnlyDictionary<string, string> ForThemes(IEnumerable<int> themes) =>
        themes.Distinct().ToDictionary(t => t.ToString(), Of);
}
