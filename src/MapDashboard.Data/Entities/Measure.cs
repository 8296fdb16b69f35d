namespace MapDashboard.Data.Entities;

/// <summary>One of a notice's numbered measures, under one of its themes.</summary>
public class Measure
{
    public required string NoticeId { get; set; }
    /// <summary>1-based measure number as printed ("(11)" written "(eleven)" is 11).</summary>
    public int Number { get; set; }
    public int ThemeNumber { get; set; }
    public required string ThemeTitle { get; set; }
    /// <summary>Short label of the measure for legends and filters.</summary>
    public required string Title { get; set; }
    /// <summary>Our own short Chinese translation of <see cref="Title"/> (marked as ours where shown); null when none.</summary>
    public string? TitleZh { get; set; }
    /// <summary>Our own short Chinese translation of <see cref="ThemeTitle"/>; null when none.</summary>
    public string? ThemeTitleZh { get; set; }
    /// <summary>The measure's lead sentence, verbatim.</summary>
    public required string Lead { get; set; }
    public List<Practice> Practices { get; set; } = [];
}
