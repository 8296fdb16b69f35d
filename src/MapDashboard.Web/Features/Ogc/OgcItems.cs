using MapDashboard.Web.Shared.Parameters;
using MapDashboard.Data.ReadModel;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MapDashboard.Data.Ogc;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// items and items/{featureId}: one statement each (<see cref="FeatureStore"/>), whose GeoJSON, written by PostgreSQL,
/// is copied to the response as it arrives, between a head (counts, timeStamp, links) and a tail written here.
/// </summary>
internal static class OgcItems
{
    public static async Task<IResult> ItemsAsync(HttpContext http, string collectionId, FeatureStore store, NoticeReadModel data,
        MatchedCounts counts, CancellationToken ct)
    {
        if (FeatureCollections.Find(collectionId) is not { } collection) return OgcResponses.NoSuchCollection(collectionId);
        if (!OgcFormats.TryNegotiate(http.Request, out var format, out var badFormat)) return badFormat.ToResult();
        if (!OgcParameters.TryItems(http.Request.Query, collection, out var query, out var bad)) return bad.ToResult();
        if (OgcResponses.IsNotModified(http, data.Version, format)) return OgcResponses.NotModified(http, data.Version, format);

        await using var answer = await store.ItemsAsync(counts.WithKnown(query), ct);
        if (collection.OfNotice && answer.Notice is null) return NoSuchNotice(query.Notice);
        counts.Remember(query, answer.Version, answer.NumberMatched);
        var urls = new OgcUrls(http.Request);
        var head = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["numberMatched"] = answer.NumberMatched,
            ["numberReturned"] = answer.NumberReturned,
            ["timeStamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["links"] = OgcDocuments.Links(ItemsLinks(urls, http.Request.Query, collection, query, answer, format)),
        };
        OgcResponses.SetCaching(http, answer.Version, format);
        if (format == OgcFormat.Html)
        {
            head["features"] = answer.Body is null ? new JsonArray() : JsonNode.Parse(await ReadAllAsync(answer.Body, "[", "]", ct));
            return OgcResponses.Document(http, answer.Version, format, collection.Title, head, OgcFormats.GeoJson);
        }
        var text = head.ToJsonString(OgcResponses.Json);
        await WriteAsync(http, OgcFormats.GeoJson, text[..^1] + ",\"features\":[", answer.Body, "]}", ct);
        return Results.Empty;
    }

    public static async Task<IResult> ItemAsync(HttpContext http, string collectionId, string featureId, FeatureStore store,
        NoticeReadModel data, CancellationToken ct)
    {
        if (FeatureCollections.Find(collectionId) is not { } collection) return OgcResponses.NoSuchCollection(collectionId);
        if (!OgcFormats.TryNegotiate(http.Request, out var format, out var badFormat)) return badFormat.ToResult();
        if (!OgcParameters.TryCheckKnown(http.Request.Query, OgcParameters.Allowed(collection, items: false), out var unknown)) return unknown.ToResult();
        if (!OgcParameters.TryNotice(http.Request.Query, out var notice, out var badNotice)) return badNotice.ToResult();
        if (!FeatureIds.IsWellFormed(collection, featureId)) return NoSuchFeature(collection, featureId);
        if (OgcResponses.IsNotModified(http, data.Version, format)) return OgcResponses.NotModified(http, data.Version, format);

        await using var answer = await store.ItemAsync(collection, featureId, notice, ct);
        if (collection.OfNotice && answer.Notice is null) return NoSuchNotice(notice);
        if (answer.Body is null) return NoSuchFeature(collection, featureId);
        var urls = new OgcUrls(http.Request);
        var path = $"/collections/{collection.Id}/items/{Uri.EscapeDataString(featureId)}";
        var links = OgcDocuments.Links([
            .. urls.SelfAndAlternate(path, http.Request.Query, format, OgcFormats.GeoJson, "This feature"),
            new OgcLink(urls.Of($"/collections/{collection.Id}"), "collection", OgcFormats.Json, collection.Title),
        ]).ToJsonString(OgcResponses.Json);
        OgcResponses.SetCaching(http, answer.Version, format);
        if (format == OgcFormat.Html)
        {
            var feature = JsonNode.Parse(await ReadAllAsync(answer.Body, "", ",\"links\":" + links + "}", ct))!;
            return OgcResponses.Document(http, answer.Version, format, $"{collection.Title}: {featureId}", feature, OgcFormats.GeoJson);
        }
        // The statement leaves the feature open ('}' missing), so its links are written after it without a second pass.
        await WriteAsync(http, OgcFormats.GeoJson, "", answer.Body, ",\"links\":" + links + "}", ct);
        return Results.Empty;
    }

    private static IEnumerable<OgcLink> ItemsLinks(OgcUrls urls, IQueryCollection sent, FeatureCollection collection,
        FeatureQuery query, FeatureAnswer answer, OgcFormat format)
    {
        var path = $"/collections/{collection.Id}/items";
        var f = format == OgcFormat.Json ? "json" : "html";
        var type = format == OgcFormat.Json ? OgcFormats.GeoJson : "text/html";
        foreach (var link in urls.SelfAndAlternate(path, sent, format, OgcFormats.GeoJson, collection.Title)) yield return link;
        if (query.Offset + answer.NumberReturned < answer.NumberMatched)
            yield return new OgcLink(urls.Self(path, sent, ("offset", (query.Offset + query.Limit).ToString(CultureInfo.InvariantCulture)), ("f", f)),
                "next", type, "Next page");
        if (query.Offset > 0)
            yield return new OgcLink(urls.Self(path, sent, ("offset", Math.Max(0, query.Offset - query.Limit).ToString(CultureInfo.InvariantCulture)), ("f", f)),
                "prev", type, "Previous page");
        yield return new OgcLink(urls.Of($"/collections/{collection.Id}"), "collection", OgcFormats.Json, collection.Title);
    }

    private static async Task WriteAsync(HttpContext http, string contentType, string head, Stream? body, string tail, CancellationToken ct)
    {
        http.Response.ContentType = contentType;
        var output = http.Response.Body;
        if (head.Length > 0) await output.WriteAsync(Encoding.UTF8.GetBytes(head), ct);
        if (body is not null) await body.CopyToAsync(output, 64 * 1024, ct);
        await output.WriteAsync(Encoding.UTF8.GetBytes(tail), ct);
    }

    private static async Task<string> ReadAllAsync(Stream body, string before, string after, CancellationToken ct)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, leaveOpen: true);
        return before + await reader.ReadToEndAsync(ct) + after;
    }

    private static IResult NoSuchNotice(string? notice) => OgcResponses.NotFound("No such notice", notice is null
        ? "No notice has been published yet."
        : $"There is no notice '{notice}'; the dashboard's notice page names the ones imported.");

    private static IResult NoSuchFeature(FeatureCollection collection, string featureId) => OgcResponses.NotFound("No such feature",
        $"Collection {collection.Id} has no feature '{ParameterErrors.Shown(featureId)}'.");
}
