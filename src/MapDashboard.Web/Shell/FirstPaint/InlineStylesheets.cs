using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace MapDashboard.Web.Shell.FirstPaint;

/// <summary>
/// The stylesheets the first paint needs, read once from wwwroot so the page can carry them in &lt;style&gt; elements:
/// a linked stylesheet holds up the first paint until it has arrived, and each request costs the browser and the server
/// time before the map's first picture (bench/README.md). Relative url(...) references are rewritten against the
/// stylesheet's folder, as they resolved when it was linked. Read once, except in Development, where edits show on reload.
/// </summary>
public sealed partial class InlineStylesheets(IWebHostEnvironment environment, ILogger<InlineStylesheets> logger)
{
    private readonly ConcurrentDictionary<string, string?> texts = new(StringComparer.Ordinal);

    /// <summary>The stylesheet at wwwroot/<paramref name="path"/> to put inside a style element, or null when it cannot be
    /// (missing, or it would close the element early): the page then links it.</summary>
    public string? Get(string path) => environment.IsDevelopment() ? Read(path) : texts.GetOrAdd(path, Read);

    private string? Read(string path)
    {
        var css = WebRootText.Read(environment, path);
        if (css is null)
        {
            logger.LogWarning("wwwroot/{Path} is not there to put in the page; the page links it instead.", path);
            return null;
        }
        if (css.Contains("</style", StringComparison.OrdinalIgnoreCase)) return null;
        var folder = path.Contains('/') ? path[..(path.LastIndexOf('/') + 1)] : "";
        return folder.Length == 0 ? css : RelativeUrl().Replace(css, m => $"url({m.Groups["q"].Value}{folder}{m.Groups["path"].Value}{m.Groups["q"].Value})");
    }

    // url(x), url('x') or url("x") where x is relative: not data:, not a scheme, not absolute, not a fragment.
    [GeneratedRegex("""url\((?<q>['"]?)(?<path>(?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^'")]+)\k<q>\)""")]
    private static partial Regex RelativeUrl();
}
