using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Export;
using MapDashboard.Web.Hosting;
using MapDashboard.Web.Shared;
using MapDashboard.Web.Shared.Geo;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Notices;

/// <summary>
/// The notices API. GET /api/notices lists the published notices, newest first. Every notice-scoped route is
/// /api/notices/{id}/… where {id} is a notice id or "current" (the newest published): localities.geojson (the map),
/// practices.csv, figures.csv and practices.geojson (the exports, with the dashboard's filter p, l, m).
/// Across notices: GET /api/localities/{code}/notices lists every published notice naming a place.
/// </summary>
internal static class NoticeEndpoints
{
    /// <summary>What the map asks for: boundaries simplified to ~200 m.</summary>
    public const double DefaultTolerance = 0.002;

    public static void MapNoticeEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/notices");
        api.MapGet("", async (NoticeReads reads, CancellationToken ct) =>
            Results.Json((await reads.SnapshotAsync(ct)).Notices.Select(NoticeJson.From)));
        api.MapGet("/{id}", async (string id, NoticeReads reads, CancellationToken ct) =>
            NoticeRoutes.TryFind(await reads.SnapshotAsync(ct), "id", id, out var notice, out var problem)
                ? Results.Json(NoticeJson.From(notice.Summary))
                : problem);
        api.MapGet("/{id}/localities.geojson", async (string id, NoticeReads reads, MapLocalities map, HttpContext http, CancellationToken ct) =>
        {
            if (!Tolerance.TryParse(http.Request.Query, DefaultTolerance, out var tolerance, out var bad)) return bad.ToResult();
            if (!NoticeRoutes.TryFind(await reads.SnapshotAsync(ct), "id", id, out var notice, out var problem)) return problem;
            var bytes = await map.ForAsync(notice.Id, tolerance, ct);
            return bytes.Length == 0 ? NoticeRoutes.Unknown(id) : GeoEndpoints.CachedBytes(http, bytes, GeoEndpoints.GeoJsonContentType);
        }).WithMetadata(new ToleranceDefault(DefaultTolerance)).RequireRateLimiting(RateLimits.FullDetailPolicy);
        ExportEndpoints.MapScopedExports(api.MapGroup("/{id}").RequireRateLimiting(RateLimits.ExportPolicy));

        app.MapGet("/api/localities/{code}/notices", async (string code, NoticeReads reads, CancellationToken ct) =>
        {
            if (!AdminCodes.IsLocality(code))
                return new ParameterProblem("code", ParameterErrors.Format(ParameterErrors.BadListItem, "code", ParameterErrors.Shown(code), "a locality code of 6 or 9 digits")).ToResult();
            var mentions = (await reads.SnapshotAsync(ct)).MentionsOf(code);
            return mentions.Count == 0
                ? Results.Problem(statusCode: 404, title: "No such locality", detail: "No published notice names this locality.")
                : Results.Json(mentions.Select(MentionJson.From));
        });
    }
}
