namespace MapDashboard.Data.Import;

public enum ChangeKind { Added, Changed, Removed }

/// <summary>
/// One line of a diff. <paramref name="Key"/> is how the row is found again: "3/130426" for a practice or its figures
/// (measure/locality code), "130426" for a locality, "3" for a measure. <paramref name="Name"/> is the locality's or
/// measure's name; <paramref name="Detail"/> says what changed.
/// </summary>
public sealed record DiffItem(ChangeKind Kind, string Key, string Name, string Detail);

/// <summary>Practices of one notice added, changed (excerpt, position in the text or figures), removed and left as they were.</summary>
public sealed record PracticeCounts(int Added, int Changed, int Removed, int Unchanged)
{
    public override string ToString() => $"{Added} added, {Changed} changed, {Removed} removed, {Unchanged} unchanged";
}

/// <summary>
/// What importing a reading of a notice changes against what is stored for that notice: computed before anything is
/// written, printed by a dry run, and the reason an import that removes practices or localities is refused.
/// Localities are the places the notice credits with at least one practice; one is "changed" when it stays but one of its
/// practices is added, changed or removed.
/// </summary>
public sealed record NoticeDiff(
    string NoticeId,
    bool IsNewNotice,
    bool TextChanged,
    IReadOnlyList<DiffItem> Measures,
    IReadOnlyList<DiffItem> Practices,
    IReadOnlyList<DiffItem> Indicators,
    IReadOnlyList<DiffItem> Localities,
    int UnchangedPractices)
{
    public PracticeCounts Counts => new(Count(Practices, ChangeKind.Added), Count(Practices, ChangeKind.Changed),
        Count(Practices, ChangeKind.Removed), UnchangedPractices);

    /// <summary>True when the import would delete practices or localities of this notice (refused unless allowed).</summary>
    public bool RemovesData => Count(Practices, ChangeKind.Removed) + Count(Localities, ChangeKind.Removed) > 0;

    /// <summary>Number, titles, date or source read from the text (or given) differ from the stored ones.</summary>
    public bool MetadataChanged { get; init; }

    /// <summary>The review decisions given differ from the stored ones.</summary>
    public bool DecisionsChanged { get; init; }

    /// <summary>The notice is stored and published (its rows are what readers see).</summary>
    public bool WasPublished { get; init; }

    /// <summary>True when importing would write nothing for this notice.</summary>
    public bool IsEmpty => !IsNewNotice && !TextChanged && !MetadataChanged && !DecisionsChanged
        && Measures.Count + Practices.Count + Indicators.Count == 0;

    public static int Count(IEnumerable<DiffItem> items, ChangeKind kind) => items.Count(i => i.Kind == kind);
}
