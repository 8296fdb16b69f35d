namespace MapDashboard.Web.Features;

/// <summary>How long what is built from imported data may be served from memory.</summary>
internal static class ImportedData
{
    /// <summary>
    /// Data changes only on import: a minute of reuse is invisible to users (the app imports at start), while a
    /// `mapdash import` into a running app shows within a minute.
    /// </summary>
    public static readonly TimeSpan Reuse = TimeSpan.FromMinutes(1);
}
