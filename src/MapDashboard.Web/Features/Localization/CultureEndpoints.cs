namespace MapDashboard.Web.Features.Localization;

/// <summary>
/// GET /culture/set?culture=zh-CN&amp;redirect=/compare?codes=… remembers the language in the culture cookie and sends
/// the browser back. A Blazor circuit keeps the culture it started with, so the caller reloads the page (forceLoad).
/// </summary>
internal static class CultureEndpoints
{
    public const string SetPath = "/culture/set";

    public static void MapCultureEndpoints(this WebApplication app)
    {
        app.MapGet(SetPath, (string? culture, string? redirect, HttpContext http) =>
        {
            if (!Cultures.IsSupported(culture))
                return Results.Problem(statusCode: 400, title: "Unknown culture",
                    detail: $"'{culture}' is not offered; use one of {string.Join(", ", Cultures.Supported)}.");
            var target = string.IsNullOrEmpty(redirect) ? "/" : redirect;
            if (!IsLocalUrl(target))
                return Results.Problem(statusCode: 400, title: "Redirect is not local",
                    detail: "redirect must be a path on this site, starting with a single '/'.");
            CultureCookie.Append(http, culture);
            return Results.LocalRedirect(target);
        });
    }

    /// <summary>"/x" yes; "//host", "/\host", "http://…", "x" no (the same rule as MVC's IsLocalUrl).</summary>
    internal static bool IsLocalUrl(string url) =>
        url.Length > 0 && url[0] == '/' &&
        (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) &&
        !url.Any(char.IsControl);
}
