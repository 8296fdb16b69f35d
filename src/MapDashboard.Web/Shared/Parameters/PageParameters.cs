using System.Globalization;

namespace MapDashboard.Web.Shared.Parameters;

/// <summary>
/// Query values of pages (/notice?from=, /present?practices=) are taken as text and read here: a value that does not
/// parse falls back to the page's default, so a mistyped or hostile link still opens the page.
/// </summary>
public static class PageParameters
{
    /// <summary>A non-negative whole number, or null.</summary>
    public static int? Offset(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>"true"/"1"/"yes" (any case) are on; anything else is off.</summary>
    public static bool Flag(string? text) =>
        text?.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on";
}
