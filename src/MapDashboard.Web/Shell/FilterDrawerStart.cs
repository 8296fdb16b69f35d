namespace MapDashboard.Web.Shell;

/// <summary>
/// Whether the filter drawer starts open, decided while prerendering and kept for the circuit's first render. The
/// drawer closes itself below MudBlazor's Md breakpoint (960 px); a phone that got it open rendered every filter over
/// the circuit and then removed them again, in the first interactive render of a phone's load (bench/README.md,
/// lighthouse).
/// </summary>
public static class FilterDrawerStart
{
    /// <summary>Written by boot.js on every page: <c>narrow</c> below 960 px, else <c>wide</c>.</summary>
    public const string ViewportCookie = "mapdash-viewport";

    /// <summary>False for a viewport that was narrow on the last visit or, on the first, for a browser that says it
    /// is a phone (<c>Sec-CH-UA-Mobile</c>, or "Mobi" in its user agent as Android and iOS phones send).</summary>
    public static bool OpenFor(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(ViewportCookie, out var viewport)) return viewport != "narrow";
        if (request.Headers["Sec-CH-UA-Mobile"] == "?1") return false;
        return !request.Headers.UserAgent.ToString().Contains("Mobi", StringComparison.Ordinal);
    }
}
