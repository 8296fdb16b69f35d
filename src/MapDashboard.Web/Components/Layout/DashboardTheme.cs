using MudBlazor;

namespace MapDashboard.Web.Components.Layout;

/// <summary>One theme for the whole app; system fonts only (the dashboard must work offline).</summary>
internal static class DashboardTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            Secondary = "#c0392b",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", "sans-serif"],
            },
        },
    };
}
