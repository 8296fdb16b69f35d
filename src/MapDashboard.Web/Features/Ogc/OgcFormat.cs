using System.Diagnostics.CodeAnalysis;
using MapDashboard.Web.Shared.Parameters;
using Microsoft.Net.Http.Headers;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>The representations the OGC API serves: chosen by <c>f=json|html</c>, else by the Accept header (JSON when neither says).</summary>
public enum OgcFormat { Json, Html }

public static class OgcFormats
{
    public const string GeoJson = "application/geo+json";
    public const string Json = "application/json";
    public const string Html = "text/html; charset=utf-8";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";
    public const string Schema = "application/schema+json";

    public static bool TryNegotiate(HttpRequest request, out OgcFormat format, [NotNullWhen(false)] out ParameterProblem? problem)
    {
        format = OgcFormat.Json;
        if (!QueryParameters.TrySingle(request.Query, "f", out var f, out problem)) return false;
        switch (f)
        {
            case "json": return true;
            case "html": format = OgcFormat.Html; return true;
            case null: format = FromAccept(request.Headers.Accept.ToString()); return true;
            default:
                problem = new ParameterProblem("f", ParameterErrors.Format(ParameterErrors.NotOneOf, "f", "json, html", ParameterErrors.Shown(f)));
                return false;
        }
    }

    // The best-quality type the client names among ours; a browser's "text/html,...,*/*;q=0.8" gets HTML.
    private static OgcFormat FromAccept(string accept)
    {
        if (accept.Length == 0 || !MediaTypeHeaderValue.TryParseList([accept], out var types)) return OgcFormat.Json;
        double html = 0, json = 0;
        foreach (var t in types)
        {
            var q = t.Quality ?? 1;
            if (t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) html = Math.Max(html, q);
            else if (t.MediaType.Value is { } m && (m.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || m.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
                json = Math.Max(json, q);
        }
        return html > json ? OgcFormat.Html : OgcFormat.Json;
    }
}
