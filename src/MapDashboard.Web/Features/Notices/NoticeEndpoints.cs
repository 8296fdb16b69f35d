using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Hosting;

namespace MapDashboard.Web.Features.Notices;

internal static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/notices");
        api.MapGet("/current/localities.geojson", async (LocalityGeoJson geo, HttpContext http, CancellationToken ct) =>
        {
            if (!Tolerance.TryParse(http.Request.Query, DefaultTolerance, out var tolerance, out var bad)) return bad.ToResult();
            var bytes = await geo.CurrentAsync(tolerance, ct);
            return bytes is null
                ? Results.Problem(statusCode: 404, title: "No notice imported", detail: "Import the seeds (scripts/run does) and reload.")
                : GeoEndpoints.CachedBytes(http, bytes, GeoEndpoints.GeoJsonContentType);
        }).WithMetadata(new ToleranceDefault(DefaultTolerance)).RequireRateLimiting(RateLimits.FullDetailPolicy);
    }

    /// <summary>What the map asks for: boundaries simplified to ~200 m.</summary>
    public const double DefaultTolerance = 0.002;
}
