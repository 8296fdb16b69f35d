namespace MapDashboard.Data.Entities;

/// <summary>An imported notice: its identity and the hash of the text it was read from.</summary>
public class Notice
{
    /// <summary>Stable key, e.g. "ndrc-2021-668".</summary>
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string TextSha256 { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public List<Measure> Measures { get; set; } = [];
}
