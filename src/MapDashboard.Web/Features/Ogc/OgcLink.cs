using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>A link of an OGC API document (RFC 8288 fields as the standard's JSON encoding names them).</summary>
public sealed record OgcLink(
    [property: JsonPropertyName("href")] string Href,
    [property: JsonPropertyName("rel")] string Rel,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("title")] string Title);

/// <summary>Absolute URLs under /ogc for this request's scheme and host (the host is checked by AllowedHosts).</summary>
public sealed class OgcUrls(HttpRequest request)
{
    public string Root { get; } = $"{request.Scheme}://{request.Host}{request.PathBase}{OgcEndpoints.Prefix}";

    public string Of(string path, IEnumerable<KeyValuePair<string, string?>>? query = null) =>
        query is null ? Root + path : QueryHelpers.AddQueryString(Root + path, query);

    /// <summary>This request's own URL with some query parameters replaced (null removes one), others kept as sent.</summary>
    public string Self(string path, IQueryCollection sent, params (string Name, string? Value)[] replace)
    {
        var names = replace.Select(r => r.Name).ToHashSet();
        var kept = sent.Where(p => !names.Contains(p.Key)).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        var added = replace.Where(r => r.Value is not null).Select(r => new KeyValuePair<string, string?>(r.Name, r.Value));
        return Of(path, kept.Concat(added));
    }

    /// <summary>The JSON and HTML forms of one resource: self in the format served, alternate in the other.</summary>
    public IEnumerable<OgcLink> SelfAndAlternate(string path, IQueryCollection sent, OgcFormat served, string jsonType, string title)
    {
        var json = new OgcLink(Self(path, sent, ("f", "json")), served == OgcFormat.Json ? "self" : "alternate", jsonType, title + " as JSON");
        var html = new OgcLink(Self(path, sent, ("f", "html")), served == OgcFormat.Html ? "self" : "alternate", "text/html", title + " as HTML");
        return served == OgcFormat.Json ? [json, html] : [html, json];
    }
}
