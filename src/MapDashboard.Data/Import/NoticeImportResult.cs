using MapDashboard.Core.Notices;

namespace MapDashboard.Data.Import;

/// <summary>A notice as read, ready to import under its id.</summary>
public sealed record NoticeToImport(string Id, string Text, NoticeExtraction Extraction)
{
    /// <summary>Our Chinese theme and measure titles (measures.title_zh, theme_title_zh); None leaves them empty.</summary>
    public TitleTranslations TitlesZh { get; init; } = TitleTranslations.None;
}

/// <summary>What an import writes: the geodata folder for admin_units (null to leave them), then each notice, in order.</summary>
public sealed record ImportRequest(string? GeodataDir, IReadOnlyList<NoticeToImport> Notices);

/// <summary>How careful an import is. The defaults write, and refuse to remove practices or localities.</summary>
public sealed record ImportOptions
{
    public static ImportOptions Default { get; } = new();

    /// <summary>Compare and report, write nothing (the transaction is rolled back).</summary>
    public bool DryRun { get; init; }

    /// <summary>Apply an import that removes practices or localities; without it such an import is refused.</summary>
    public bool AllowRemovals { get; init; }

    /// <summary>Called once when another import holds the import lock and this one waits for it.</summary>
    public Action? WaitingForLock { get; init; }
}

/// <summary>One notice's part of an import: the diff, which is also what was written unless the run was dry.</summary>
public sealed record NoticeImportResult(NoticeDiff Diff)
{
    public string NoticeId => Diff.NoticeId;
    public PracticeCounts Counts => Diff.Counts;

    public override string ToString() => $"{NoticeId}: practices {Counts}";
}

/// <summary>
/// What one import did, or with <see cref="DryRun"/> would do. <see cref="DataVersionAfter"/> equals
/// <see cref="DataVersionBefore"/> when nothing was written (statement triggers raise it with every write).
/// </summary>
public sealed record ImportReport(
    AdminUnitImportResult? AdminUnits, IReadOnlyList<NoticeImportResult> Notices, bool DryRun, long DataVersionBefore, long DataVersionAfter)
{
    public override string ToString() =>
        string.Join("; ", (AdminUnits is null ? [] : new[] { $"admin units {AdminUnits}" }).Concat(Notices.Select(n => n.ToString())))
        + $"; data version {DataVersionBefore}" + (DataVersionAfter == DataVersionBefore ? " (unchanged)" : $" → {DataVersionAfter}");
}

/// <summary>The import was refused before anything was written (e.g. a practice names a locality missing from admin_units).</summary>
public class NoticeImportException(string message) : Exception(message);

/// <summary>The import would remove practices or localities and removals were not allowed; nothing was written.</summary>
public sealed class ImportRemovalsRefusedException(string message, IReadOnlyList<NoticeDiff> diffs) : NoticeImportException(message)
{
    public IReadOnlyList<NoticeDiff> Diffs { get; } = diffs;
}
