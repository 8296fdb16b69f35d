using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>
/// wwwroot/css/mudblazor-first-paint.css: the rules of MudBlazor's stylesheet that the prerendered pages can match,
/// built from what the running app serves.
/// </summary>
public static partial class FirstPaintStylesheet
{
    public const string UpdateVariable = "MAPDASH_UPDATE_FIRST_PAINT_CSS";
    public const string WholeUrl = "_content/MudBlazor/MudBlazor.min.css";

    public static string CommittedPath =>
        Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web", "wwwroot", "css", "mudblazor-first-paint.css");

    /// <summary>
    /// Pages a visit can start on, in the states whose markup differs: every class the first paint can show is in one
    /// of them (media queries are kept whole, so one viewport is enough).
    /// </summary>
    public static readonly string[] PrerenderedPages =
    [
        "/", "/?culture=zh-CN", "/?mode=provinces", "/?p=440000&sel=440114", "/?m=", "/compare", "/compare?culture=zh-CN",
        "/notice", "/present", "/present/3", "/not-found", "/no-such-page",
    ];

    public static async Task<string> BuildAsync(Uri app)
    {
        // Each page as a first visit: a page opened with ?culture= sets the culture cookie, which must not carry over.
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app };
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in PrerenderedPages)
        {
            using var response = await http.GetAsync(page.TrimStart('/'));
            classes.UnionWith(CssSubset.ClassesIn(await response.Content.ReadAsStringAsync()));
        }
        var whole = await http.GetStringAsync(WholeUrl);
        var version = typeof(MudBlazor.MudButton).Assembly.GetName().Version;
        return new StringBuilder()
            .Append("/* The rules of MudBlazor ").Append(version?.ToString(3)).Append("'s MudBlazor.min.css that the prerendered pages can match,\n")
            .Append("   so that the first paint does not wait for the whole stylesheet (wwwroot/js/boot.js applies it after the map).\n")
            .Append("   Generated: do not edit. FirstPaintCssTests fails when it is out of date; to rebuild it run\n")
            .Append("   ").Append(UpdateVariable).Append("=1 scripts/test MapDashboard.EndToEnd -- --filter-class ").Append(typeof(FirstPaintCssTests).FullName).Append(" */\n")
            .Append(Licence(whole)).Append('\n')
            .Append(CssSubset.Keep(whole, classes)).Append('\n')
            .ToString();
    }

    /// <summary>MudBlazor's licence comment (/*! ... */), which every part of its stylesheet we commit carries.</summary>
    public static string Licence(string whole) => LicenceComment().Match(whole).Value;

    [GeneratedRegex(@"/\*!.*?\*/", RegexOptions.Singleline)]
    private static partial Regex LicenceComment();
}
