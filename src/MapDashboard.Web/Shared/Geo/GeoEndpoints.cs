using MapDashboard.Data.ReadModel;
using System.Security.Cryptography;
using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Web.Hosting;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Shared.Geo;

internal static class GeoEndpoints
{
    public const string GeoJsonContentType = "application/geo+json";
    private static readonly string[] Levels = ["province", "prefecture", "county_city", "county", "district"];

    public static void MapGeoEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/geo");
        api.MapGet("/boundaries/{level}", async (string level, BoundaryFiles geo, HttpContext http, CancellationToken ct) =>
        {
            if (!QueryParameters.TryOneOf("level", level, Levels, out var badLevel)) return badLevel.ToResult();
            if (!Tolerance.TryParse(http.Request.Query, 0, out var tolerance, out var bad)) return bad.ToResult();
            var bytes = await geo.ForLevelAsync(level, tolerance, ct);
            return CachedBytes(http, bytes, GeoJsonContentType);
        }).WithMetadata(new ToleranceDefault(0)).RequireRateLimiting(RateLimits.FullDetailPolicy);
        api.MapGet("/lines", (LinesGeoJson lines, HttpContext http) =>
            Tolerance.TryParse(http.Request.Query, 0, out var tolerance, out var bad)
                ? CachedBytes(http, lines.At(tolerance), GeoJsonContentType)
                : bad.ToResult());
    }

    /// <summary>Answers 304 when the client's ETag matches, else the bytes with a strong ETag; clients revalidate.</summary>
    internal static IResult CachedBytes(HttpContext http, byte[] bytes, string contentType)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexString(SHA256.HashData(bytes))[..32] + "\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "no-cache";
        var ifNoneMatch = http.Request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0 && ifNoneMatch.Contains(etag.Tag.ToString(), StringComparison.Ordinal))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(bytes, contentType);
    }
}
