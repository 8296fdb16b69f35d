using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// The HTML form of every resource, drawn from its JSON document: links as a list, features as a table of their
/// properties (geometry as its type and size), anything else as a definition list. Every value is encoded: text from a
/// notice reaches the page only as text. No script, so the app's CSP holds.
/// </summary>
public static class OgcHtml
{
    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    public static string Page(string title, JsonNode document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode.Encode(title))
            .Append(" – MapDashboard OGC API</title><style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:80rem}")
            .Append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}")
            .Append("dt{font-weight:600}</style></head><body><nav><a href=\"").Append(Attribute(RootOf(document))).Append("\">OGC API home</a></nav><h1>")
            .Append(Encode.Encode(title)).Append("</h1>");
        if (document is JsonObject o)
        {
            if (o["features"] is JsonArray features) Features(html, features, o);
            else if (o["type"]?.GetValue<string>() == "Feature") Features(html, new JsonArray(o.DeepClone()), o);
            Object(html, o, skip: ["features", "links", "type", "geometry", "properties", "id"]);
            if (o["links"] is JsonArray links) Links(html, links);
        }
        return html.Append("</body></html>").ToString();
    }

    private static void Features(StringBuilder html, JsonArray features, JsonObject container)
    {
        var columns = features.OfType<JsonObject>().SelectMany(f => (f["properties"] as JsonObject)?.Select(p => p.Key) ?? []).Distinct().ToList();
        html.Append("<table><thead><tr><th>id</th><th>geometry</th>");
        foreach (var c in columns) html.Append("<th>").Append(Encode.Encode(c)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var f in features.OfType<JsonObject>())
        {
            var id = f["id"]?.ToString() ?? "";
            var href = ItemHref(container, id);
            html.Append("<tr><td>");
            if (href is null) html.Append(Encode.Encode(id));
            else html.Append("<a href=\"").Append(Attribute(href)).Append("\">").Append(Encode.Encode(id)).Append("</a>");
            html.Append("</td><td>").Append(Encode.Encode(GeometrySummary(f["geometry"]))).Append("</td>");
            foreach (var c in columns) html.Append("<td>").Append(Encode.Encode(Text(f["properties"]?[c]))).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    // Items link their features: the item's URL is the collection's items URL plus the id.
    private static string? ItemHref(JsonObject container, string id)
    {
        var self = (container["links"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(l => l["rel"]?.ToString() is "self")?["href"]?.ToString();
        if (self is null || id.Length == 0) return null;
        var path = self.Split('?')[0];
        return container["features"] is null ? null : $"{path}/{Uri.EscapeDataString(id)}?f=html";
    }

    private static string GeometrySummary(JsonNode? geometry)
    {
        if (geometry is not JsonObject g) return "none";
        var points = 0;
        Count(g["coordinates"]);
        return $"{g["type"]} ({points} points)";

        void Count(JsonNode? n)
        {
            if (n is not JsonArray a) return;
            if (a.Count > 0 && a[0] is JsonValue) points++;
            else foreach (var x in a) Count(x);
        }
    }

    private static void Object(StringBuilder html, JsonObject o, string[] skip)
    {
        var shown = o.Where(p => !skip.Contains(p.Key)).ToList();
        if (shown.Count == 0) return;
        html.Append("<dl>");
        foreach (var (key, value) in shown)
        {
            html.Append("<dt>").Append(Encode.Encode(key)).Append("</dt><dd>");
            if (value is JsonArray { Count: > 0 } a && a.All(x => x is JsonObject))
                foreach (var item in a.OfType<JsonObject>())
                {
                    if (item["links"] is JsonArray links && item["title"] is not null)
                        html.Append("<h2>").Append(Encode.Encode(Text(item["title"]))).Append("</h2>");
                    Object(html, item, skip: ["links"]);
                    if (item["links"] is JsonArray itemLinks) Links(html, itemLinks);
                }
            else html.Append(Encode.Encode(Text(value)));
            html.Append("</dd>");
        }
        html.Append("</dl>");
    }

    private static void Links(StringBuilder html, JsonArray links)
    {
        html.Append("<ul>");
        foreach (var l in links.OfType<JsonObject>())
            html.Append("<li><a href=\"").Append(Attribute(Text(l["href"]))).Append("\">").Append(Encode.Encode(Text(l["title"])))
                .Append("</a> (").Append(Encode.Encode(Text(l["rel"]))).Append(", ").Append(Encode.Encode(Text(l["type"]))).Append(")</li>");
        html.Append("</ul>");
    }

    private static string RootOf(JsonNode document)
    {
        var self = (document["links"] as JsonArray)?.OfType<JsonObject>().Select(l => Text(l["href"])).FirstOrDefault() ?? "";
        var at = self.IndexOf(OgcEndpoints.Prefix + "/", StringComparison.Ordinal);
        var end = self.IndexOf('?');
        return at >= 0 ? self[..(at + OgcEndpoints.Prefix.Length)] : end >= 0 ? self[..end] : self;
    }

    private static string Attribute(string url) => Encode.Encode(url.StartsWith("http://") || url.StartsWith("https://") ? url : "#");

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
    };
}
