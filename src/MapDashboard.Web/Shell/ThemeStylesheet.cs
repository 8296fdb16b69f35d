using MudBlazor;

namespace MapDashboard.Web.Shell;

/// <summary>
/// MudBlazor's theme as CSS (the palette's custom properties, typography, z-indexes and the thin scrollbars), built once
/// per process from <see cref="DashboardTheme"/> and written into every page's head by App.razor.
/// </summary>
/// <remarks>
/// Not a MudThemeProvider in the layout: that component built the same 12 KB of CSS again for every open dashboard and
/// kept it (26 KB as a string), its palette and a JS-interop reference for as long as the dashboard stayed open
/// (bench/README.md, circuits). The app has one light theme and never switches it, so the CSS never changes.
/// </remarks>
public static class ThemeStylesheet
{
    private static readonly Lazy<string> Markup = new(() => ThemeCss.Build(DashboardTheme.Theme));

    /// <summary>The &lt;style&gt; elements MudThemeProvider would render: the app's own CSS, never user or notice text.</summary>
    public static string Html => Markup.Value;

    // MudThemeProvider's own generator, so the variables stay exactly those MudBlazor's stylesheet expects.
    private sealed class ThemeCss : MudThemeProvider
    {
        public static string Build(MudTheme theme)
        {
            var provider = new ThemeCss { Theme = theme };
            return provider.BuildTheme() + BuildMudBlazorScrollbar();
        }
    }
}
