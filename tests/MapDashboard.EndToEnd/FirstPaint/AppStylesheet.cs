using System.Text;
using System.Text.RegularExpressions;
using MapDashboard.TestSupport;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>
/// wwwroot/css/mudblazor-app.css: MudBlazor's stylesheet without what the app never draws. boot.js applies it after the
/// first picture instead of the whole 627 KB: in Lighthouse's phone trace, receiving the whole one, parsing it and
/// switching it on were tasks of 30-70 ms each (bench/README.md, lighthouse). Left out: the rules that need a class of a
/// component family the app does not use (none of its MudBlazor components is one or draws one), and those that need a
/// breakpoint utility (d-sm-none, pa-md-4, ...) no source file of the app names. AppStylesheetTests checks that no page
/// draws such a class.
/// </summary>
public static partial class AppStylesheet
{
    public const string Path = "css/mudblazor-app.css";

    public static string CommittedPath => System.IO.Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web", "wwwroot", "css", "mudblazor-app.css");

    /// <summary>MudBlazor's component families the app has none of: the part of their class names after "mud-".</summary>
    public static readonly string[] UnusedFamilies =
    [
        "avatar", "badge", "breadcrumb", "breadcrumbs", "card", "carousel", "color", "data-grid", "day", "dialog",
        "drop-container", "drop-item", "drop-zone", "expand-panel", "expansion-panel", "fab", "file-upload", "grid",
        "highlighter", "hour", "image", "menu", "message-box", "minute", "month", "nav", "numeric-field", "pagination",
        "picker", "range", "rating", "scroll-to-top", "simple-table", "skeleton", "slider", "splitter", "step",
        "stepper", "swipe", "tab", "table", "tabs", "time", "timeline", "treeview", "year",
    ];

    public static async Task<string> BuildAsync(Uri app)
    {
        using var http = new HttpClient { BaseAddress = app };
        var whole = await http.GetStringAsync(FirstPaintStylesheet.WholeUrl);
        var named = NamedInTheApp;
        var version = typeof(MudBlazor.MudButton).Assembly.GetName().Version;
        return new StringBuilder()
            .Append("/* The rules of MudBlazor ").Append(version?.ToString(3)).Append("'s MudBlazor.min.css that the app can use: without the\n")
            .Append("   component families it has none of and the breakpoint utilities it does not name (wwwroot/js/boot.js applies\n")
            .Append("   it after the first picture). Generated: do not edit. AppStylesheetTests fails when it is out of date; to\n")
            .Append("   rebuild it run ").Append(FirstPaintStylesheet.UpdateVariable).Append("=1 scripts/test MapDashboard.EndToEnd -- --filter-class ")
            .Append(typeof(AppStylesheetTests).FullName).Append(" */\n")
            .Append(FirstPaintStylesheet.Licence(whole)).Append('\n')
            .Append(CssSubset.KeepSelectors(whole, s => !CssSubset.RequiredClasses(s).Any(c => IsLeftOut(c, named)))).Append('\n')
            .ToString();
    }

    /// <summary>Whether a rule needing this class is left out of the app's stylesheet.</summary>
    public static bool IsLeftOut(string className, IReadOnlySet<string> namedInTheApp) =>
        UnusedFamily().Match(className) is { Success: true } m && UnusedFamilies.Contains(m.Groups["family"].Value)
        || BreakpointUtility().IsMatch(className) && !namedInTheApp.Contains(className);

    /// <summary>Every word of the app's own source files (markup, C#, scripts, stylesheets; not the libraries it serves),
    /// read once per test run.</summary>
    public static IReadOnlySet<string> NamedInTheApp => Named.Value;

    private static readonly Lazy<HashSet<string>> Named = new(WordsOfTheAppSources);

    private static HashSet<string> WordsOfTheAppSources()
    {
        var web = System.IO.Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web");
        var skipped = new[] { System.IO.Path.Combine(web, "wwwroot", "lib"), System.IO.Path.Combine(web, "wwwroot", "css"), System.IO.Path.Combine(web, "bin"), System.IO.Path.Combine(web, "obj") };
        return Directory.EnumerateFiles(web, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor") || f.EndsWith(".cs") || f.EndsWith(".js") || f.EndsWith(".css"))
            .Where(f => !skipped.Any(s => f.StartsWith(s + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .SelectMany(f => Word().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    // mud-picker-toolbar → picker, mud-data-grid → data-grid (the longest family that is a prefix is tried first by the
    // alternation's order: the families are matched whole, followed by "-" or the end).
    [GeneratedRegex(@"^mud-(?<family>data-grid|simple-table|scroll-to-top|message-box|numeric-field|file-upload|drop-container|drop-item|drop-zone|expand-panel|expansion-panel|[a-z]+)(?:-|$)")]
    private static partial Regex UnusedFamily();

    // A utility of MudBlazor's with a breakpoint in its name (d-sm-flex, pa-md-4, flex-lg-row); MudBlazor's own component
    // classes start with mud-, and rounded-lg names a size, not a breakpoint.
    [GeneratedRegex(@"^(?!mud-|rounded)[a-z][a-z0-9]*(?:-[a-z0-9]+)*?-(?:xs|sm|md|lg|xl|xxl)(?:-[a-z0-9-]+)?$")]
    private static partial Regex BreakpointUtility();

    [GeneratedRegex(@"[A-Za-z0-9_-]+")]
    private static partial Regex Word();
}
