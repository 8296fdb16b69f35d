namespace MapDashboard.Core.Notices;

/// <summary>A locality to plot: a unit the notice credits with at least one practice, at its representative point.</summary>
public sealed record PlottedLocality(
    string Code, string NameZh, string NameEn, string Level, string ProvinceCode, string ParentCode, double Longitude, double Latitude)
{
    /// <summary>Six-digit adcode; a town (9-digit code) reports its county's.</summary>
    public string Adcode => Code.Length > 6 ? Code[..6] : Code;

    public string? TownCode => Code.Length > 6 ? Code : null;
}

/// <summary>What the notice credits one locality with under one measure.</summary>
/// <param name="Code">The locality's gazetteer code (9 digits for a town).</param>
public sealed record PracticeRecord(int Theme, int Measure, string Code, string NameEn, string Excerpt, TextRange Range);

/// <summary>A figure attached to a practice. <see cref="Value"/> is null for a figure kept as text.</summary>
public sealed record IndicatorRecord(
    int Measure, string Code, decimal? Value, string Unit, string Qualifier, string SourcePhrase, TextRange Range, string Note, bool Repaired);

public enum ReviewKind
{
    UnmatchedName,
    AmbiguousResolved,
    AmbiguousUnresolved,
    ParentAsLocator,
    Institution,
    GarbledText,
    IgnoredFigure,
    UnreviewedMillion,
    UnattachedFigure,
    UnusedDecision,
}

/// <summary>Something a person should look at; <see cref="Subject"/> is the text concerned, verbatim.</summary>
public sealed record ReviewItem(ReviewKind Kind, int Measure, string Subject, string Detail)
{
    /// <summary>For an ambiguous name: the codes of the units it could mean.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>For a resolved ambiguous name: the code of the unit chosen.</summary>
    public string? Chosen { get; init; }

    /// <summary>For a resolved ambiguous name: a review decision chose it, not the rules.</summary>
    public bool DecidedByReview { get; init; }
}

/// <summary>Everything read from one notice; also what export rebuilds from the database.</summary>
public sealed record NoticeExtraction(
    NoticeStructure Structure,
    IReadOnlyList<PlottedLocality> Localities,
    IReadOnlyList<PracticeRecord> Practices,
    IReadOnlyList<IndicatorRecord> Indicators,
    IReadOnlyList<ReviewItem> Review);
