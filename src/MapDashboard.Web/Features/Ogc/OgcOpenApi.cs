using System.Text.Json.Nodes;
using MapDashboard.Core.Geography;
using MapDashboard.Data.Ogc;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>The OpenAPI 3.0 definition of /ogc (the service-desc link): every path, parameter and response type.</summary>
public static class OgcOpenApi
{
    public static JsonObject Document(OgcUrls urls) => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject { ["title"] = OgcDocuments.Title, ["version"] = "1.0.0", ["description"] = OgcDocuments.Description },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = urls.Root }),
        ["paths"] = new JsonObject
        {
            ["/"] = Get("Landing page", "landingPage", [Ref("f")], Ok("application/json", "text/html")),
            ["/conformance"] = Get("Conformance classes implemented", "getConformance", [Ref("f")], Ok("application/json", "text/html")),
            ["/api"] = Get("This API definition", "getApi", [Ref("f")], Ok(OgcFormats.OpenApi, "text/html")),
            ["/collections"] = Get("The feature collections", "getCollections", [Ref("f")], Ok("application/json", "text/html")),
            ["/collections/{collectionId}"] = Get("One collection's metadata", "describeCollection",
                [Ref("collectionId"), Ref("f"), Ref("notice")], Ok("application/json", "text/html"), notFound: true),
            ["/collections/{collectionId}/queryables"] = Get("What the items can be filtered on", "getQueryables",
                [Ref("collectionId"), Ref("f")], Ok(OgcFormats.Schema, "text/html"), notFound: true),
            ["/collections/{collectionId}/items"] = Get(
                "A page of features. localities and practices take measure, theme and notice; province and level apply to all. " +
                "Parameters not listed are refused with 400.", "getFeatures",
                [Ref("collectionId"), Ref("f"), Ref("limit"), Ref("offset"), Ref("bbox"), Ref("datetime"),
                 Ref("province"), Ref("level"), Ref("measure"), Ref("theme"), Ref("notice")],
                Ok(OgcFormats.GeoJson, "text/html"), notFound: true),
            ["/collections/{collectionId}/items/{featureId}"] = Get("One feature", "getFeature",
                [Ref("collectionId"), Ref("featureId"), Ref("f"), Ref("notice")], Ok(OgcFormats.GeoJson, "text/html"), notFound: true),
        },
        ["components"] = new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["collectionId"] = Parameter("collectionId", "path", "The collection.", Strings(FeatureCollections.All.Select(c => c.Id)), required: true),
                ["featureId"] = Parameter("featureId", "path", "An adcode (units, localities) or adcode-measure (practices, e.g. 440114-3).",
                    new JsonObject { ["type"] = "string" }, required: true),
                ["f"] = Parameter("f", "query", "Output format; without it the Accept header decides (JSON by default).", Strings(["json", "html"])),
                ["limit"] = Parameter("limit", "query", $"Features per page (default {OgcParameters.DefaultLimit}); outside 1..{OgcParameters.MaxLimit}: 400.",
                    new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = OgcParameters.MaxLimit, ["default"] = OgcParameters.DefaultLimit }),
                ["offset"] = Parameter("offset", "query", "Features to skip (the next and prev links carry it).",
                    new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["default"] = 0 }),
                ["bbox"] = new JsonObject
                {
                    ["name"] = "bbox", ["in"] = "query", ["required"] = false, ["style"] = "form", ["explode"] = false,
                    ["description"] = "west,south,east,north in CRS84 degrees; features whose geometry intersects it.",
                    ["schema"] = new JsonObject { ["type"] = "array", ["minItems"] = 4, ["maxItems"] = 4, ["items"] = new JsonObject { ["type"] = "number" } },
                },
                ["datetime"] = Parameter("datetime", "query", "Accepted as Core requires; no feature carries a time, so every feature matches.",
                    new JsonObject { ["type"] = "string" }),
                ["province"] = Parameter("province", "query", "Province adcode, e.g. 440000.", new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{6}$" }),
                ["level"] = Parameter("level", "query", "Administrative level (see the collection's queryables).",
                    Strings(AdminLevelNames.Codes)),
                ["measure"] = Parameter("measure", "query", "Measure number of the notice (localities, practices).", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
                ["theme"] = Parameter("theme", "query", "Theme number of the notice (localities, practices).", new JsonObject { ["type"] = "integer", ["minimum"] = 1 }),
                ["notice"] = Parameter("notice", "query", "Notice id such as ndrc-<year>-<number> (localities, practices); default the newest published. Unknown: 404.",
                    new JsonObject { ["type"] = "string" }),
            },
        },
    };

    private static JsonObject Get(string summary, string operationId, JsonNode[] parameters, JsonObject ok, bool notFound = false)
    {
        var responses = new JsonObject
        {
            ["200"] = ok,
            ["304"] = new JsonObject { ["description"] = "Not modified: the ETag sent in If-None-Match is still current." },
            ["400"] = Problem("A query parameter is invalid or not defined here."),
        };
        if (notFound) responses["404"] = Problem("No such collection, feature or notice.");
        return new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["summary"] = summary, ["operationId"] = operationId,
                ["parameters"] = new JsonArray(parameters), ["responses"] = responses,
            },
        };
    }

    private static JsonObject Ok(params string[] types)
    {
        var content = new JsonObject();
        foreach (var t in types) content[t] = new JsonObject { ["schema"] = new JsonObject { ["type"] = t.StartsWith("text/") ? "string" : "object" } };
        return new JsonObject { ["description"] = "The resource.", ["content"] = content };
    }

    private static JsonObject Problem(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object" } } },
    };

    private static JsonObject Parameter(string name, string where, string description, JsonObject schema, bool required = false) => new()
    {
        ["name"] = name, ["in"] = where, ["required"] = required, ["description"] = description, ["schema"] = schema,
    };

    private static JsonObject Strings(IEnumerable<string> values) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]) };

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/parameters/{name}" };
}
