using Microsoft.AspNetCore.Localization;

namespace MapDashboard.Web.Features.Localization;

internal static class LocalizationSetup
{
    /// <summary>
    /// The culture comes from ?culture= (the map's GeoJSON URL carries it, so each language is its own cached URL)
    /// or the cookie the language switch sets; never from Accept-Language, so English stays the default.
    /// </summary>
    public static IApplicationBuilder UseMapDashboardLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Cultures.Default)
            .AddSupportedCultures([.. Cultures.Supported])
            .AddSupportedUICultures([.. Cultures.Supported]);
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return app.UseRequestLocalization(options);
    }
}
