namespace MapDashboard.Data.Entities;

/// <summary>
/// A person's decision about one figure of a notice (Core's ReviewDecision) kept as data: a seed's review CSV becomes
/// these rows on import, and an editor's changes in the admin area are stored here, so the next import applies them.
/// </summary>
public class NoticeReviewDecision
{
    public long Id { get; set; }
    public required string NoticeId { get; set; }

    /// <summary>The locality the figure belongs to; "" applies the decision wherever the phrase occurs.</summary>
    public string Adcode { get; set; } = "";
    public required string SourcePhrase { get; set; }

    /// <summary>set | keep | ignore (Core's ReviewAction, lower case).</summary>
    public required string Action { get; set; }
    public decimal? Value { get; set; }
    public string Unit { get; set; } = "";
    public string Reason { get; set; } = "";
}
