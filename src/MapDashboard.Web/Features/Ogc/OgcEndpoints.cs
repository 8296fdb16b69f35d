using MapDashboard.Data.ReadModel;
using System.Text.Json.Nodes;
using MapDashboard.Data.Ogc;
using MapDashboard.Web.Shared.Parameters;
using Npgsql;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// OGC API - Features Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) under /ogc. Every route answers GET and HEAD (GDAL's
/// /vsicurl asks HEAD first). Not rate-limited: a page is one bounded statement (limit ≤ 10,000).
/// </summary>
public static class OgcEndpoints
{
    public const string Prefix = "/ogc";
    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly string[] OnlyF = ["f"];

    /// <summary>
    /// The feature store reads through a pool of its own on the same (web role's) connection string, without the session
    /// reset Npgsql otherwise sends whenever a connection goes back to the pool: its statements change no session
    /// state, and on a page of ten features that reset cost as much as the query.
    /// </summary>
    public static IServiceCollection AddOgcFeatures(this IServiceCollection services, string connectionString)
    {
        var source = new NpgsqlDataSourceBuilder(connectionString);
        source.ConnectionStringBuilder.NoResetOnClose = true;
        // Made by a factory, so the container disposes the store and with it the pool.
        return services.AddSingleton(_ => new FeatureStore(source.Build())).AddSingleton<MatchedCounts>();
    }

    public static void MapOgcEndpoints(this WebApplication app)
    {
        var ogc = app.MapGroup(Prefix);
        ogc.MapMethods("", GetHead, Landing);
        ogc.MapMethods("/conformance", GetHead, (HttpContext http, NoticeReadModel data) =>
            Simple(http, data, "Conformance", (urls, format) => OgcDocuments.Conformance(urls, http.Request.Query, format), OgcFormats.Json));
        ogc.MapMethods("/api", GetHead, (HttpContext http, NoticeReadModel data) =>
            Simple(http, data, "API definition", (urls, _) => OgcOpenApi.Document(urls), OgcFormats.OpenApi));
        ogc.MapMethods("/collections", GetHead, async (HttpContext http, NoticeReadModel data, NpgsqlDataSource db, CancellationToken ct) =>
        {
            var extents = await ExtentsAsync(data, db, ct);
            return Simple(http, data, "Collections", (urls, format) => OgcDocuments.Collections(urls, http.Request.Query, format, extents), OgcFormats.Json);
        });
        ogc.MapMethods("/collections/{collectionId}", GetHead, async (string collectionId, HttpContext http, NoticeReadModel data, NpgsqlDataSource db, CancellationToken ct) =>
        {
            if (FeatureCollections.Find(collectionId) is not { } c) return OgcResponses.NoSuchCollection(collectionId);
            var extents = await ExtentsAsync(data, db, ct);
            return Simple(http, data, c.Title, (urls, format) => OgcDocuments.Collection(urls, http.Request.Query, format, c, extents),
                OgcFormats.Json, OgcParameters.Allowed(c, items: false));
        });
        ogc.MapMethods("/collections/{collectionId}/queryables", GetHead, (string collectionId, HttpContext http, NoticeReadModel data) =>
            FeatureCollections.Find(collectionId) is not { } c ? OgcResponses.NoSuchCollection(collectionId)
                : Simple(http, data, c.Title + ": queryables", (urls, _) => OgcDocuments.Queryables(urls, c), OgcFormats.Schema));
        ogc.MapMethods("/collections/{collectionId}/items", GetHead, OgcItems.ItemsAsync);
        ogc.MapMethods("/collections/{collectionId}/items/{featureId}", GetHead, OgcItems.ItemAsync);
        ogc.MapMethods("/{**rest}", GetHead, (string? rest) => OgcResponses.NotFound("Not found",
            $"'{ParameterErrors.Shown(rest)}' is not a resource of this API; {Prefix} lists them."));
    }

    private static IResult Landing(HttpContext http, NoticeReadModel data) =>
        Simple(http, data, OgcDocuments.Title, (urls, format) => OgcDocuments.Landing(urls, http.Request.Query, format), OgcFormats.Json);

    // A resource whose document is built in memory: checks parameters and format, answers 304 or the document.
    private static IResult Simple(HttpContext http, NoticeReadModel data, string title, Func<OgcUrls, OgcFormat, JsonNode> build,
        string jsonType, IReadOnlyList<string>? allowed = null)
    {
        if (!OgcParameters.TryCheckKnown(http.Request.Query, allowed ?? OnlyF, out var unknown)) return unknown.ToResult();
        if (!OgcFormats.TryNegotiate(http.Request, out var format, out var bad)) return bad.ToResult();
        if (allowed?.Contains(OgcParameters.Notice) == true && !OgcParameters.TryNotice(http.Request.Query, out _, out var badNotice))
            return badNotice.ToResult();
        if (OgcResponses.IsNotModified(http, data.Version, format)) return OgcResponses.NotModified(http, data.Version, format);
        return OgcResponses.Document(http, data.Version, format, title, build(new OgcUrls(http.Request), format), jsonType);
    }

    private static Task<IReadOnlyDictionary<string, Bbox>> ExtentsAsync(NoticeReadModel data, NpgsqlDataSource db, CancellationToken ct) =>
        data.KeptAsync("ogc-extents", token => FeatureExtents.ReadAsync(db, token), ct);
}
