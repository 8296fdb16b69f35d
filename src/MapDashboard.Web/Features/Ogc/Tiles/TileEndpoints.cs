using MapDashboard.Data.Tiles;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Ogc.Tiles;

/// <summary>
/// OGC API - Tiles for the boundary collections: <c>/ogc/collections/{id}/tiles</c> (tileset list),
/// <c>…/tiles/WebMercatorQuad</c> (tileset metadata), <c>…/WebMercatorQuad/tilejson</c> and
/// <c>…/WebMercatorQuad/{z}/{y}/{x}</c> (Mapbox vector tile). Tiles carry an ETag of the data version; a client
/// holding it gets 304.
/// </summary>
internal static class TileEndpoints
{
    public const string MvtContentType = "application/vnd.mapbox-vector-tile";

    /// <summary>Raised when the way tiles are built changes, so clients holding tiles of the same data version refetch.</summary>
    private const int BuildRevision = 1;

    // Browsers may reuse a tile for a minute, then revalidate (a 304 costs no query).
    private const string CacheControl = "public, max-age=60";

    public static void MapTileEndpoints(this WebApplication app)
    {
        var tiles = app.MapGroup("/ogc/collections/{collectionId}/tiles");
        tiles.MapMethods("", ["GET", "HEAD"], (string collectionId, HttpContext http) =>
            WithCollection(collectionId, c => Results.Json(TilesetDocuments.TilesetList(BaseUrl(http), c))));
        tiles.MapMethods("/" + TilesetDocuments.TileMatrixSet, ["GET", "HEAD"], (string collectionId, HttpContext http) =>
            WithCollection(collectionId, c => Results.Json(TilesetDocuments.Tileset(BaseUrl(http), c))));
        tiles.MapMethods("/" + TilesetDocuments.TileMatrixSet + "/tilejson", ["GET", "HEAD"], (string collectionId, HttpContext http) =>
            WithCollection(collectionId, c => Results.Json(TilesetDocuments.TileJson(BaseUrl(http), c))));
        tiles.MapMethods("/" + TilesetDocuments.TileMatrixSet + "/{z}/{y}/{x}", ["GET", "HEAD"],
            async (string collectionId, string z, string y, string x, HttpContext http, VectorTileCache cache, CancellationToken ct) =>
            {
                var collection = TileCollection.Find(collectionId);
                if (collection is null) return UnknownCollection(collectionId);
                if (!TileParameters.TryParse(z, y, x, out var tile, out var problem)) return problem.ToResult();
                var version = await cache.VersionAsync(ct);
                var gzip = AcceptsGzip(http.Request);
                // Each encoding is its own representation, with its own strong ETag.
                var etag = $"\"t{version}.{BuildRevision}{(gzip ? ".gz" : "")}\"";
                http.Response.Headers.ETag = etag;
                http.Response.Headers.CacheControl = CacheControl;
                http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                if (Matches(http.Request.Headers.IfNoneMatch.ToString(), etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
                var built = await cache.GetAsync(version, collection, tile, ct);
                if (!gzip) return Results.Bytes(built.Raw, MvtContentType);
                // Compressed once when built; the response compression middleware leaves a response with Content-Encoding alone.
                http.Response.Headers.ContentEncoding = "gzip";
                return Results.Bytes(built.Gzipped, MvtContentType);
            });
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList([.. request.Headers.AcceptEncoding.OfType<string>()], out var codings)
        && codings.Any(c => c.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);

    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Length > 0 && (ifNoneMatch.Trim() == "*"
            || EntityTagHeaderValue.TryParseList([ifNoneMatch], out var tags) && tags.Any(t => t.Tag == etag));

    private static IResult WithCollection(string id, Func<TileCollection, IResult> answer) =>
        TileCollection.Find(id) is { } c ? answer(c) : UnknownCollection(id);

    private static IResult UnknownCollection(string id) => Results.Problem(statusCode: StatusCodes.Status404NotFound,
        title: "Unknown collection",
        detail: $"No collection '{Shared.Parameters.ParameterErrors.Shown(id)}' has tiles; these do: {string.Join(", ", TileCollection.All.Select(c => c.Id))}.");

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
