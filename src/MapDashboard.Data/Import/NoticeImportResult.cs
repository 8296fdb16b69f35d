using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Data.Import;

/// <summary>
/// A notice as read, ready to import under its id (the slug of its document number, <see cref="NoticeStructure.Id"/>;
/// tests may give another).
/// </summary>
public sealed record NoticeToImport(string Id, string Text, NoticeExtraction Extraction)
{
    /// <summary>The review decisions the text was read with, stored as the notice's; null keeps the stored ones (which the reading used).</summary>
    public ReviewDecisions? Decisions { get; init; }

    /// <summary>Where the text came from when the importer says so; else the source read from the text.</summary>
    public string? Source { get; init; }

    /// <summary>A notice read from its text, under the id its document number gives.</summary>
    public static NoticeToImport Of(string text, NoticeExtraction extraction, ReviewDecisions? decisions) =>
        new(extraction.Structure.Id ?? throw new NoticeFormatException("No document number found: a notice needs one to be stored."), text, extraction)
        {
            Decisions = decisions,
        };
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

    /// <summary>
    /// Publish what is imported: a draft or new notice becomes published and every change adds a revision. Importing into
    /// a notice that is already published always publishes (its rows are what readers see). Without it a new notice is a draft.
    /// </summary>
    public bool Publish { get; init; }

    /// <summary>Who publishes, kept in the revision: "cli:&lt;os user&gt;" or an editor's e-mail.</summary>
    public string PublishedBy { get; init; } = "import";

    /// <summary>Said first in the revision's summary (e.g. "restored revision 2").</summary>
    public string? RevisionNote { get; init; }
}

/// <summary>
/// One notice's part of an import: the diff, which is also what was written unless the run was dry; whether the notice
/// is published after it (for a dry run: would be), and the revision the import added (null when none).
/// </summary>
public sealed record NoticeImportResult(NoticeDiff Diff)
{
    public string NoticeId => Diff.NoticeId;
    public PracticeCounts Counts => Diff.Counts;

    public bool Published { get; init; }

    public int? Revision { get; init; }

    public override string ToString() =>
        $"{NoticeId}: practices {Counts}; {(Published ? "published" : "draft")}" + (Revision is { } r ? $", revision {r}" : "");
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
