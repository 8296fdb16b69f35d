using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace MapDashboard.Web.Hosting;

/// <summary>
/// The Content-Security-Policy of every response, and the nonce of the one inline script a page has (the import map,
/// App.razor). The nonce lives in HttpContext.Items, so a re-executed request (the not-found page) renders with the
/// nonce its header names.
/// </summary>
public static partial class ContentSecurityPolicy
{
    private const string NonceKey = "MapDashboard.CspNonce";

    /// <summary>
    /// This request's nonce, made on first use: 128 random bits in hex (valid in CSP, and nothing in it is
    /// HTML-encoded in the attribute, as base64's + and = would be).
    /// </summary>
    public static string NonceFor(HttpContext http)
    {
        if (http.Items[NonceKey] is string nonce) return nonce;
        nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceKey] = nonce;
        return nonce;
    }

    /// <summary>The policy for a page served over <paramref name="scheme"/> to <paramref name="host"/>.</summary>
    public static string For(string nonce, string scheme, string host, string? tileUrl)
    {
        var tiles = TileSource(tileUrl) is { } t ? " " + t : "";
        // The circuit's WebSocket: CSP 3 browsers match it with 'self'; older ones need the origin spelled out.
        var socket = host.Length == 0 ? "" : scheme == "https" ? $" wss://{host}" : $" ws://{host} wss://{host}";
        return string.Join("; ",
            "default-src 'self'",
            // The import map is the only inline script; everything else is a file of ours. No 'unsafe-eval': neither
            // Blazor Server, MudBlazor nor Leaflet evaluates strings.
            $"script-src 'self' 'nonce-{nonce}'",
            // 'unsafe-inline' for styles only, and because it is needed: MudBlazor renders style="" attributes (and
            // Blazor sets them from the server), MudBlazor's theme is a <style> element (ThemeStylesheet), Leaflet's
            // divIcons carry inline styles, and the first-paint stylesheets are inlined (InlineStylesheet). A nonce
            // would switch 'unsafe-inline' off and cannot cover style attributes. Styles cannot run script.
            "style-src 'self' 'unsafe-inline'",
            // data: for the inline favicon and MudBlazor's SVG data URIs, blob: for the PNG export.
            $"img-src 'self' data: blob:{tiles}",
            "font-src 'self' data:",
            $"connect-src 'self'{socket}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");
    }

    /// <summary>
    /// The CSP source of an XYZ tile template: https://{s}.tile.example.org/{z}/{x}/{y}.png → https://*.tile.example.org.
    /// A placeholder anywhere but the first label of the host leaves only the scheme.
    /// </summary>
    public static string? TileSource(string? tileUrl)
    {
        if (string.IsNullOrWhiteSpace(tileUrl)) return null;
        var m = Origin().Match(tileUrl);
        if (!m.Success) return null;
        var scheme = m.Groups["scheme"].Value.ToLowerInvariant();
        var host = LeadingPlaceholder().Replace(m.Groups["host"].Value, "*");
        return host.Contains('{') || host.Contains('}') ? scheme + ":" : $"{scheme}://{host}";
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>[^/?#\s;,']+)", RegexOptions.IgnoreCase)]
    private static partial Regex Origin();

    [GeneratedRegex(@"^\{[^}]*\}")]
    private static partial Regex LeadingPlaceholder();
}
