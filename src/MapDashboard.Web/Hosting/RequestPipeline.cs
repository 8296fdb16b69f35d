using MapDashboard.Web.Shell;
using MapDashboard.Web.Features.Admin;
using MapDashboard.Web.Features.Export;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Localization;
using MapDashboard.Web.Features.Notices;
using MapDashboard.Web.Features.Ogc;

namespace MapDashboard.Web.Hosting;

public static class RequestPipeline
{
    public static WebApplication UseMapDashboard(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        // IExceptionHandlers first (UnhandledExceptionHandler: problem+json for APIs); a page request goes to /Error.
        app.UseExceptionHandler("/Error", createScopeForErrors: true);
        // A person who mistypes an address gets the app's page saying so; programs calling /api get problem details.
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseMapDashboardLocalization();
        // Explicitly after the status code pages: a re-executed request (/not-found) is routed again.
        app.UseRouting();
        // Kept OGC API answers are written from here, before the admin area, antiforgery and rate limits (none apply to /ogc).
        app.UseOutputCache();
        app.UseAdminArea(); // authentication, authorization, admin POSTs without a sign-in refused
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapGeoEndpoints();
        app.MapNoticeEndpoints();
        app.MapExportEndpoints();
        MapDashboard.Web.Features.Ogc.Tiles.TileEndpoints.MapTileEndpoints(app);
        app.MapCultureEndpoints();
        app.MapOgcEndpoints();
        app.MapAdminArea();
        app.MapRazorComponents<App>().AddMapDashboardServerRenderMode(app.Configuration);
        return app;
    }

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(OgcEndpoints.Prefix);
}
