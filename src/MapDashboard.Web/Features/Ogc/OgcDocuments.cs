using System.Text.Json.Nodes;
using MapDashboard.Data.Ogc;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>The JSON documents of the API's resources other than features: landing page, conformance, collections, queryables.</summary>
public static class OgcDocuments
{
    public const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public const string TilesetsVectorRel = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    public const string QueryablesRel = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    /// <summary>Conformance classes implemented: Part 1 Core, GeoJSON, HTML, OpenAPI 3.0.</summary>
    public static IReadOnlyList<string> ConformanceClasses { get; } =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ];

    /// <summary>Collections whose vector tiles the tiles endpoints serve (linked from their metadata).</summary>
    private static readonly HashSet<string> Tiled = ["provinces", "prefectures", "counties", "localities"];

    public const string Title = "MapDashboard OGC API - Features";
    public const string Description = "Pilot localities and practices of the imported notices, and China's administrative " +
        "units (provinces, prefectures, counties) with their boundaries as stored, as GeoJSON (coordinates to 6 decimals, CRS84).";

    public static JsonObject Landing(OgcUrls urls, IQueryCollection sent, OgcFormat served) => new()
    {
        ["title"] = Title,
        ["description"] = Description,
        ["links"] = Links([
            .. urls.SelfAndAlternate("", sent, served, OgcFormats.Json, "This document"),
            new OgcLink(urls.Of("/api"), "service-desc", OgcFormats.OpenApi, "The API definition (OpenAPI 3.0)"),
            new OgcLink(urls.Of("/api", [new("f", "html")]), "service-doc", "text/html", "The API documentation"),
            new OgcLink(urls.Of("/conformance"), "conformance", OgcFormats.Json, "Conformance classes implemented"),
            new OgcLink(urls.Of("/collections"), "data", OgcFormats.Json, "The feature collections"),
        ]),
    };

    public static JsonObject Conformance(OgcUrls urls, IQueryCollection sent, OgcFormat served) => new()
    {
        ["conformsTo"] = new JsonArray([.. ConformanceClasses.Select(c => JsonValue.Create(c))]),
        ["links"] = Links(urls.SelfAndAlternate("/conformance", sent, served, OgcFormats.Json, "Conformance")),
    };

    public static JsonObject Collections(OgcUrls urls, IQueryCollection sent, OgcFormat served, IReadOnlyDictionary<string, Bbox> extents) => new()
    {
        ["links"] = Links(urls.SelfAndAlternate("/collections", sent, served, OgcFormats.Json, "The feature collections")),
        ["collections"] = new JsonArray([.. FeatureCollections.All.Select(c => Collection(urls, null, served, c, extents))]),
    };

    /// <summary>One collection's metadata; <paramref name="sent"/> null when it is listed in /collections.</summary>
    public static JsonObject Collection(OgcUrls urls, IQueryCollection? sent, OgcFormat served, FeatureCollection c,
        IReadOnlyDictionary<string, Bbox> extents)
    {
        var path = $"/collections/{c.Id}";
        IEnumerable<OgcLink> links = sent is null
            ? [new OgcLink(urls.Of(path), "self", OgcFormats.Json, c.Title)]
            : urls.SelfAndAlternate(path, sent, served, OgcFormats.Json, c.Title);
        links = links.Concat([
            new OgcLink(urls.Of(path + "/items"), "items", OgcFormats.GeoJson, c.Title + " as GeoJSON"),
            new OgcLink(urls.Of(path + "/items", [new("f", "html")]), "items", "text/html", c.Title + " as HTML"),
            new OgcLink(urls.Of(path + "/queryables"), QueryablesRel, OgcFormats.Schema, "What the items can be filtered on"),
        ]);
        if (Tiled.Contains(c.Id))
            links = links.Append(new OgcLink(urls.Of(path + "/tiles"), TilesetsVectorRel, OgcFormats.Json, c.Title + " as vector tiles"));
        var document = new JsonObject
        {
            ["id"] = c.Id,
            ["title"] = c.Title,
            ["description"] = c.Description,
            ["itemType"] = "feature",
            ["crs"] = new JsonArray(Crs84),
            ["storageCrs"] = Crs84,
            ["links"] = Links(links),
        };
        if (extents.TryGetValue(c.Id, out var b))
            document["extent"] = new JsonObject
            {
                ["spatial"] = new JsonObject { ["bbox"] = new JsonArray(new JsonArray(b.West, b.South, b.East, b.North)), ["crs"] = Crs84 },
            };
        return document;
    }

    /// <summary>JSON Schema of what <c>items</c> can be filtered on (OGC API - Features Part 3's queryables document).</summary>
    public static JsonObject Queryables(OgcUrls urls, FeatureCollection c)
    {
        var properties = new JsonObject();
        foreach (var name in c.Queryables)
            properties[name] = name switch
            {
                FeatureCollections.Province => new JsonObject
                {
                    ["title"] = "Province (adcode)", ["type"] = "string",
                    ["enum"] = new JsonArray([.. Core.Geography.ProvinceNames.ByCode.Keys.Order().Select(k => JsonValue.Create(k))]),
                },
                FeatureCollections.Level => new JsonObject
                {
                    ["title"] = "Administrative level", ["type"] = "string",
                    ["enum"] = new JsonArray([.. c.Levels.Select(l => JsonValue.Create(l))]),
                },
                FeatureCollections.Measure => new JsonObject { ["title"] = "Measure number in the notice", ["type"] = "integer", ["minimum"] = 1 },
                _ => new JsonObject { ["title"] = "Theme number in the notice", ["type"] = "integer", ["minimum"] = 1 },
            };
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2019-09/schema",
            ["$id"] = urls.Of($"/collections/{c.Id}/queryables"),
            ["type"] = "object",
            ["title"] = c.Title,
            ["properties"] = properties,
        };
    }

    public static JsonArray Links(IEnumerable<OgcLink> links) =>
        new([.. links.Select(l => new JsonObject { ["href"] = l.Href, ["rel"] = l.Rel, ["type"] = l.Type, ["title"] = l.Title })]);
}
