namespace MapDashboard.Data.Entities;

/// <summary>
/// One publish of a notice, kept so that what readers saw can be told (who, when, what changed) and brought back:
/// a restore imports <see cref="Text"/> with <see cref="Decisions"/> again, as a new revision.
/// </summary>
public class NoticeRevision
{
    public long Id { get; set; }
    public required string NoticeId { get; set; }

    /// <summary>1, 2, … per notice, in publish order.</summary>
    public int Sequence { get; set; }
    public required string Text { get; set; }
    public required string TextSha256 { get; set; }

    /// <summary>The review decisions in the review-CSV format (header adcode,source_phrase,action,value,unit,reason).</summary>
    public required string Decisions { get; set; }

    /// <summary>"cli:&lt;user&gt;" for the command line, the editor's e-mail for the admin area.</summary>
    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>One line on what this publish changed compared with the version before it.</summary>
    public required string Summary { get; set; }
}
