namespace MapDashboard.Data.Entities;

/// <summary>A figure read from a practice's excerpt, with how it was read.</summary>
public class Indicator
{
    public long Id { get; set; }
    public long PracticeId { get; set; }
    /// <summary>Normalised number; null when the figure could not be recovered and stays text.</summary>
    public decimal? Value { get; set; }
    public required string Unit { get; set; }
    /// <summary>about, more than, nearly, reached, or empty.</summary>
    public required string Qualifier { get; set; }
    public required string SourcePhrase { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>How the figure was read (repairs applied, review decisions).</summary>
    public required string Note { get; set; }
    public bool Repaired { get; set; }
    public Practice? Practice { get; set; }
}
