using MapDashboard.Data;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Features.Admin;
using MapDashboard.Web.Features.Export;
using MapDashboard.Web.Shell.FirstPaint;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Localization;
using MapDashboard.Web.Features.Notices;
using MapDashboard.Web.Features.Ogc;
using MapDashboard.Web.Features.Ogc.Caching;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.ResponseCompression;
using MudBlazor;
using MudBlazor.Services;

namespace MapDashboard.Web.Hosting;

public static class ServiceRegistration
{
    public const string ConnectionStringName = "MapDashboard";

    /// <summary>Everything the dashboard needs; fails fast, naming the setting, when configuration is missing or wrong.</summary>
    public static WebApplicationBuilder AddMapDashboard(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings__{ConnectionStringName} (scripts/db prints one), " +
                "or start the app with scripts/run, which sets it.");

        builder.Services.AddOptions<MapDashboardOptions>()
            .Bind(builder.Configuration.GetSection(MapDashboardOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<MapDashboardOptions>, MapDashboardOptionsValidator>();

        builder.Services.AddMapDashboardData(connectionString);
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks()
            .AddCheck<PostgisHealthCheck>("postgis", tags: [HealthEndpoints.ReadyTag]);

        builder.Services.AddProblemDetails();
        builder.Services.AddDatabaseUnavailableHandler(); // first of the exception handlers
        builder.AddSecurityHeaders();
        // A handler for known failures (database unavailable -> 503) is added before this one: handlers run in the
        // order added, and this last one takes whatever is left (a bug) -> 500 with only a correlation id.
        builder.Services.AddExceptionHandler<UnhandledExceptionHandler>();
        builder.Services.AddMapDashboardRateLimits(builder.Configuration);
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "text/csv", "image/svg+xml"]);
        });
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMapDashboardCircuits(builder.Configuration);
        builder.Services.AddMudServices();
        builder.Services.AddTransient<MudLocalizer, ChineseMudLocalizer>();
        builder.Services.AddLocalization();
        builder.Services.AddSingleton<LinesGeoJson>();
        builder.Services.AddMemoryCache(); // LinesGeoJson's few tolerance levels; the read model (Data) keeps its own bounded cache
        builder.Services.AddSingleton<NoticeReads>();
        builder.Services.AddSingleton<MapDashboard.Data.Tiles.TileStore>();
        builder.Services.AddSingleton<MapDashboard.Web.Features.Ogc.Tiles.VectorTileCache>();
        builder.Services.AddHostedService<ImportedDataWatcher>();
        builder.Services.AddSingleton<InlineFavicon>();
        builder.Services.AddSingleton<InlineStylesheets>();
        builder.Services.AddScoped<MapLocalities>();
        builder.Services.AddScoped<DashboardData>();
        builder.Services.AddScoped<MapDashboard.Web.Features.Dashboard.Search.PlaceSearch>();
        builder.Services.AddScoped<MapDashboard.Web.Shell.PublishedNotices>();
        builder.Services.AddScoped<MapDashboard.Web.Features.Presenter.PresenterData>();
        builder.Services.AddScoped<MapDashboard.Web.Features.Compare.CompareData>();
        builder.Services.AddOgcFeatures(connectionString);
        builder.Services.AddOgcResponseCache(builder.Configuration);
        builder.AddAdminArea();
        return builder;
    }
}
