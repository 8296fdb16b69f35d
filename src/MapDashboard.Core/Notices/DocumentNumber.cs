namespace MapDashboard.Core.Notices;

/// <summary>
/// A notice's document number as printed ("Development and Reform Office Planning [2021] No.12", "发改办规划〔2021〕12号"):
/// the issuer's part, the year and the serial number. Translations spell the issuer differently; year and serial do not.
/// </summary>
/// <param name="Text">The number line as it stands in the (normalised) text.</param>
/// <param name="Issuer">What precedes the bracketed year, e.g. "Development and Reform Office Planning".</param>
public sealed record DocumentNumber(string Text, string Issuer, int Year, int Serial)
{
    /// <summary>
    /// A stable name for files and ids: "ndrc-2021-12" for a number of the National Development and Reform Commission
    /// (发改…, "Development and Reform …", "NDRC …"), else "notice-2021-12".
    /// </summary>
    public string Slug => $"{IssuerSlug}-{Year}-{Serial}";

    private string IssuerSlug =>
        Issuer.StartsWith("发改", StringComparison.Ordinal)
        || Issuer.Contains("Development and Reform", StringComparison.OrdinalIgnoreCase)
        || Issuer.Contains("NDRC", StringComparison.OrdinalIgnoreCase)
            ? "ndrc"
            : "notice";

    public override string ToString() => $"[{Year}] No.{Serial}";
}
