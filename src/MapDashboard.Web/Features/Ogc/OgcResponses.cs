using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MapDashboard.Web.Shared.Parameters;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// Caching and writing of OGC API responses. Every answer is a function of the URL, its representation and the data
/// version, so the ETag is the version and the representation (weak: items carry their own timeStamp), clients
/// revalidate every time (no-cache) and a matching If-None-Match gets 304 before any query runs.
/// </summary>
public static class OgcResponses
{
    /// <summary>Plain UTF-8 and unescaped '+' and '&amp;': these documents are JSON for programs, never embedded in HTML.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ETag(long version, OgcFormat format) => $"W/\"ogc-{version}-{(format == OgcFormat.Json ? "json" : "html")}\"";

    /// <summary>True when the client already holds this version (the in-memory one; 0 = not read yet: never).</summary>
    public static bool IsNotModified(HttpContext http, long version, OgcFormat format)
    {
        if (version <= 0) return false;
        var sent = http.Request.Headers.IfNoneMatch.ToString();
        return sent.Length > 0 && (sent.Trim() == "*" || sent.Contains(ETag(version, format)[2..], StringComparison.Ordinal));
    }

    public static void SetCaching(HttpContext http, long version, OgcFormat format)
    {
        if (version > 0) http.Response.Headers.ETag = ETag(version, format);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.Vary = "Accept";
    }

    public static IResult NotModified(HttpContext http, long version, OgcFormat format)
    {
        SetCaching(http, version, format);
        return Results.StatusCode(StatusCodes.Status304NotModified);
    }

    /// <summary>A document as JSON (of <paramref name="jsonType"/>) or as its HTML page.</summary>
    public static IResult Document(HttpContext http, long version, OgcFormat format, string title, JsonNode document, string jsonType)
    {
        SetCaching(http, version, format);
        return format == OgcFormat.Html
            ? Results.Text(OgcHtml.Page(title, document), OgcFormats.Html, Encoding.UTF8)
            : Results.Text(document.ToJsonString(Json), jsonType, Encoding.UTF8);
    }

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult NoSuchCollection(string id) => NotFound("No such collection",
        $"There is no collection '{ParameterErrors.Shown(id)}'; /ogc/collections lists them.");
}
