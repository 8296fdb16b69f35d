namespace MapDashboard.Web.Shared;

/// <summary>One colour per theme, shared by map, legend and list (colour-blind safe, readable on white).</summary>
public static class ThemePalette
{
    private static readonly string[] Colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00"];

    // The same colours as classes, for markup drawn often (the practice list's rows): a class is one shared string,
    // an inline style one more string per row. PracticeGrid.razor.css gives theme-1 … theme-5 the colours above.
    private static readonly string[] Classes = ["theme-1", "theme-2", "theme-3", "theme-4", "theme-5"];

    public static string Of(int theme) => Colors[Index(theme)];

    /// <summary>The theme's colour as a class name (theme-1 … theme-5).</summary>
    public static string ClassOf(int theme) => Classes[Index(theme)];

    private static int Index(int theme) => (Math.Max(theme, 1) - 1) % Colors.Length;

    public static IReadOnlyDictionary<string, string> ForThemes(IEnumerable<int> themes) =>
        themes.Distinct().ToDictionary(t => t.ToString(), Of);
}
