using Microsoft.AspNetCore.Localization;

namespace MapDashboard.Web.Shared.Localization;

/// <summary>
/// The culture cookie: the language a person chose, and the one a Blazor circuit starts with (its connection carries
/// the cookie, not the page's query).
/// </summary>
internal static class CultureCookie
{
    public static string Name => CookieRequestCultureProvider.DefaultCookieName;

    public static string ValueFor(string supportedCulture) =>
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Cultures.Canonical(supportedCulture)));

    public static void Append(HttpContext http, string supportedCulture) =>
        http.Response.Cookies.Append(Name, ValueFor(supportedCulture), new CookieOptions
        {
            Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true,
            SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps,
        });
}
