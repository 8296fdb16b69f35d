namespace MapDashboard.Data.Entities;

/// <summary>What the notice credits one locality with under one measure. Unique per (notice, measure, locality).</summary>
public class Practice
{
    public long Id { get; set; }
    public required string NoticeId { get; set; }
    public int MeasureNumber { get; set; }
    public required string AdminCode { get; set; }
    public required string Excerpt { get; set; }
    /// <summary>Character offsets of the excerpt in the notice text (start inclusive, end exclusive).</summary>
    public int Start { get; set; }
    public int End { get; set; }
    public Measure? Measure { get; set; }
    public AdminUnit? Locality { get; set; }
    public List<Indicator> Indicators { get; set; } = [];
}
