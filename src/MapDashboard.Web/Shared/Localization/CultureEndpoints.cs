using System.Text;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Shared.Localization;

/// <summary>
/// GET /culture/set?culture=zh-CN&amp;redirect=/compare?codes=… remembers the language in the culture cookie and sends
/// the browser back. A Blazor circuit keeps the culture it started with, so the caller reloads the page (forceLoad).
/// </summary>
internal static class CultureEndpoints
{
    public const string SetPath = "/culture/set";

    // Longer than any address of this app; a Location header is not a place to store a megabyte.
    private const int MaxRedirectLength = 2048;

    public static void MapCultureEndpoints(this WebApplication app)
    {
        app.MapGet(SetPath, (string? culture, string? redirect, HttpContext http) =>
        {
            if (!Cultures.IsSupported(culture))
                return Results.Problem(statusCode: 400, title: "Unknown culture",
                    detail: $"'{ParameterErrors.Shown(culture)}' is not offered; use one of {string.Join(", ", Cultures.Supported)}.",
                    extensions: new Dictionary<string, object?> { ["parameter"] = "culture" });
            var target = string.IsNullOrEmpty(redirect) ? "/" : redirect;
            if (!IsLocalUrl(target) || target.Length > MaxRedirectLength)
                return Results.Problem(statusCode: 400, title: "Redirect is not local",
                    detail: "redirect must be a path on this site, starting with a single '/'.",
                    extensions: new Dictionary<string, object?> { ["parameter"] = "redirect" });
            CultureCookie.Append(http, culture);
            return Results.LocalRedirect(ForHeader(target));
        });
    }

    /// <summary>"/x" yes; "//host", "/\host", "http://…", "x" no (the same rule as MVC's IsLocalUrl).</summary>
    internal static bool IsLocalUrl(string url) =>
        url.Length > 0 && url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.Any(char.IsControl);

    /// <summary>
    /// The URL as a Location header can carry it: what is not printable ASCII (/中, a space) percent-encoded as UTF-8,
    /// the way a browser sends it; what is already encoded stays as it is.
    /// </summary>
    internal static string ForHeader(string url)
    {
        var text = new StringBuilder(url.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F) { text.Append((char)rune.Value); continue; }
            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)]) text.Append('%').Append(b.ToString("X2"));
        }
        return text.ToString();
    }
}
