using Microsoft.AspNetCore.Localization;

namespace MapDashboard.Web.Shared.Localization;

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
        app.UseRequestLocalization(options);
        // A page opened with ?culture= is prerendered in that language, but its circuit connects without the query and
        // reads the cookie: remembering the choice keeps the interactive page in the language it was first drawn in.
        return app.Use((context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && IsPage(context.Request.Path)
                && context.Request.Query["culture"] is [var culture] && Cultures.IsSupported(culture)
                && context.Request.Cookies[CultureCookie.Name] != CultureCookie.ValueFor(culture))
                CultureCookie.Append(context, culture);
            return next(context);
        });
    }

    // The API's responses are per-URL resources (?culture= keeps each language its own cached URL); /culture/set sets
    // the cookie itself.
    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments(CultureEndpoints.SetPath);
}
