using MapDashboard.Web.Features.Geo;

namespace MapDashboard.Web.Features.Notices;

internal static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/notices");
        api.MapGet("/current/localities.geojson", async (double? tolerance, LocalityGeoJson geo, HttpContext http, CancellationToken ct) =>
        {
            if (tolerance is < 0 or > 1)
                return Results.Problem(statusCode: 400, title: "Bad tolerance", detail: "tolerance is in degrees, between 0 and 1.");
            var bytes = await geo.CurrentAsync(tolerance ?? 0.002, ct);
            return bytes is null
                ? Results.Problem(statusCode: 404, title: "No notice imported", detail: "Import the seeds (scripts/run does) and reload.")
                : GeoEndpoints.CachedBytes(http, bytes, GeoEndpoints.GeoJsonContentType);
        });
    }
}
