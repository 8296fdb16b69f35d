using MapDashboard.Web.Components;
using MapDashboard.Web.Features.Export;
using MapDashboard.Web.Features.Geo;
using MapDashboard.Web.Features.Localization;
using MapDashboard.Web.Features.Notices;

namespace MapDashboard.Web.Hosting;

public static class RequestPipeline
{
    public static WebApplication UseMapDashboard(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMapDashboardLocalization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapGeoEndpoints();
        app.MapNoticeEndpoints();
        app.MapExportEndpoints();
        app.MapCultureEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
