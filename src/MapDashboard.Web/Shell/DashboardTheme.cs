using MudBlazor;

namespace MapDashboard.Web.Shell;

/// <summary>One theme for the whole app; system fonts, then the self-hosted Chinese webfont (the dashboard must work offline).</summary>
internal static class DashboardTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            AppbarBackground = "#1f4e79",
            Secondary = "#c0392b",
            // MudBlazor's 0.54 black (helper texts, labels) reads 4.4:1 on the pages' light grey; 0.64 reads 6:1 (WCAG AA 4.5:1).
            TextSecondary = "rgba(0,0,0,0.64)",
            // MudBlazor's warning orange (#ff9800) reads 2.2:1 on white: the outlined "repaired figure" chip failed axe's
            // colour-contrast on compare. This amber reads 5.6:1 and still says "look twice".
            Warning = "#9c5700",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                // The webfont (App.razor, build-cjk-font.mjs) after the system's own Chinese fonts: fetched only where those are missing.
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", "MapDashboard Sans SC", "Noto Sans SC", "sans-serif"],
            },
        },
    };
}
