using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Geo;

internal static class GeoEndpoints
{
    public const string GeoJsonContentType = "application/geo+json";
    private static readonly string[] Levels = ["province", "prefecture", "county_city", "county", "district"];

    public static void MapGeoEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/geo");
        api.MapGet("/boundaries/{level}", async (string level, double? tolerance, BoundaryGeoJson geo, HttpContext http, CancellationToken ct) =>
        {
            if (!Levels.Contains(level))
                return Results.Problem(statusCode: 400, title: "Unknown level",
                    detail: $"'{level}' is not a level; use one of {string.Join(", ", Levels)}.");
            if (BadTolerance(tolerance) is { } bad) return bad;
            var bytes = await geo.ForLevelAsync(level, tolerance ?? 0, ct);
            return CachedBytes(http, bytes, GeoJsonContentType);
        });
        api.MapGet("/lines", (double? tolerance, LinesGeoJson lines, HttpContext http) =>
            BadTolerance(tolerance) ?? CachedBytes(http, lines.At(tolerance ?? 0), GeoJsonContentType));
    }

    private static IResult? BadTolerance(double? tolerance) => tolerance is < 0 or > 1
        ? Results.Problem(statusCode: 400, title: "Bad tolerance", detail: "tolerance is in degrees, between 0 and 1.")
        : null;

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
