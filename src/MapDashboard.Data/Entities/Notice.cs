namespace MapDashboard.Data.Entities;

/// <summary>
/// A notice as data: its identity and metadata as read from its text (or given on import), the text it was read from,
/// whether readers see it (<see cref="Status"/>), the review decisions applied to it and every publish kept as history.
/// </summary>
public class Notice
{
    /// <summary>Stable key, the slug of its document number (Core's DocumentNumber.Slug).</summary>
    public required string Id { get; set; }

    /// <summary>The document number as printed in the text; "" for rows imported before numbers were kept.</summary>
    public string Number { get; set; } = "";

    /// <summary>The title as the text gives it (the English translation for the seed notice).</summary>
    public required string Title { get; set; }

    /// <summary>The Chinese title, when the text carries one.</summary>
    public string? TitleZh { get; set; }

    /// <summary>The issue date read from the text, when it states one.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>Where the text came from (a URL or the publisher), when known.</summary>
    public string? Source { get; set; }

    public NoticeStatus Status { get; set; } = NoticeStatus.Draft;

    /// <summary>When readers first saw the current version; null while a draft.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public required string TextSha256 { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public List<Measure> Measures { get; set; } = [];
    public List<NoticeReviewDecision> ReviewDecisions { get; set; } = [];
    public List<NoticeRevision> Revisions { get; set; } = [];
}

/// <summary>Drafts are stored but shown to nobody but editors; published notices are what readers see.</summary>
public enum NoticeStatus
{
    Draft,
    Published,
}
