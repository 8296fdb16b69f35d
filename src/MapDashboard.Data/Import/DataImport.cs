using MapDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MapDashboard.Data.Import;

/// <summary>
/// The one import flow (CLI <c>mapdash import</c>, start-up/seed import, tests): one transaction under the import lock
/// (<see cref="ImportLock"/>). Each notice is compared with what is stored before anything is written; an import that
/// would remove practices or localities is refused unless <see cref="ImportOptions.AllowRemovals"/>; a dry run stages and
/// compares, then rolls back. A practice naming a locality that admin_units lacks refuses the import. Writes are issued
/// only for what differs, so an import that changes nothing leaves the data version as it was. A notice is published
/// (<see cref="ImportOptions.Publish"/>, or because it already is) in the same transaction that writes it, with a
/// revision (<see cref="NoticeRevisions"/>): every reader switches to the new data version in one step.
/// </summary>
public static class DataImport
{
    public static Task<ImportReport> RunAsync(MapDashboardDbContext db, ImportRequest request, ImportOptions options, CancellationToken ct) =>
        RunAsync(db, request.GeodataDir, (_, _) => Task.FromResult(request.Notices), options, ct);

    /// <summary>
    /// The flow itself. <paramref name="read"/> reads the notices once the lock is held, so a reading that uses the stored
    /// review decisions (<see cref="NoticePublishing"/>) sees the decisions no other import is changing.
    /// </summary>
    internal static async Task<ImportReport> RunAsync(
        MapDashboardDbContext db, string? geodataDir, Func<MapDashboardDbContext, CancellationToken, Task<IReadOnlyList<NoticeToImport>>> read,
        ImportOptions options, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTx = (NpgsqlTransaction)tx.GetDbTransaction();
        await ImportLock.AcquireAsync(conn, npgsqlTx, options.WaitingForLock, ct);
        var versionBefore = await DataVersionQueries.CurrentAsync(db, ct);
        var notices = await read(db, ct);

        var diffs = new List<NoticeDiff>();
        var storedDecisions = new List<Core.Notices.Figures.ReviewDecisions>();
        foreach (var notice in notices)
        {
            var stored = await StoredNotice.LoadAsync(db, notice.Id, notice.Extraction.Practices.Select(p => p.Code), ct);
            diffs.Add(NoticeComparer.Compare(stored, notice));
            storedDecisions.Add(stored.Decisions);
        }
        if (!options.DryRun && !options.AllowRemovals && diffs.Any(d => d.RemovesData))
            throw new ImportRemovalsRefusedException(RefusalMessage(diffs.Where(d => d.RemovesData)), diffs);

        AdminUnitImportResult? units = null;
        if (geodataDir is not null)
        {
            units = await AdminUnitImporter.StageAsync(conn, npgsqlTx, geodataDir, ct);
            if (!options.DryRun) await AdminUnitImporter.ApplyStagedAsync(conn, npgsqlTx, units, ct);
        }
        await CheckLocalitiesExist(conn, npgsqlTx, notices, staged: geodataDir is not null && options.DryRun, ct);

        if (options.DryRun)
        {
            await tx.RollbackAsync(ct);
            var wouldBe = diffs.Select(d => new NoticeImportResult(d) { Published = options.Publish || d.WasPublished }).ToList();
            return new ImportReport(units, wouldBe, true, versionBefore, versionBefore);
        }
        var results = new List<NoticeImportResult>();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < notices.Count; i++)
        {
            var (notice, diff) = (notices[i], diffs[i]);
            // A published notice's rows are what readers see: any change to them is a publish, with its revision.
            var publish = options.Publish || diff.WasPublished;
            var result = new NoticeImportResult(diff) { Published = publish };
            if (!diff.IsEmpty || (publish && !diff.WasPublished))
            {
                await NoticeImporter.ApplyAsync(db, notice, publish ? now : null, ct);
                if (publish)
                {
                    var summary = NoticeRevisions.Summary(diff, diff.WasPublished, notice.Extraction.Practices.Count, options.RevisionNote);
                    result = result with { Revision = await NoticeRevisions.AddAsync(
                        db, notice, notice.Decisions ?? storedDecisions[i], summary, options.PublishedBy, now, ct) };
                }
            }
            results.Add(result);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportReport(units, results, false, versionBefore, await DataVersionQueries.CurrentAsync(db, ct));
    }

    private static string RefusalMessage(IEnumerable<NoticeDiff> removing) =>
        "Refused: " + string.Join("; ", removing.Select(d =>
            $"importing {d.NoticeId} would remove {NoticeDiff.Count(d.Practices, ChangeKind.Removed)} of its " +
            $"{d.Counts.Removed + d.Counts.Changed + d.Counts.Unchanged} practices and " +
            Plural(NoticeDiff.Count(d.Localities, ChangeKind.Removed), "locality", "localities")))
        + ". Nothing was changed; see them with --dry-run, apply with --allow-removals.";

    private static string Plural(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";

    private static async Task CheckLocalitiesExist(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<NoticeToImport> notices, bool staged, CancellationToken ct)
    {
        var codes = notices.SelectMany(n => n.Extraction.Practices).Select(p => p.Code).Distinct().ToList();
        if (codes.Count == 0) return;
        var known = await AdminUnitImporter.KnownCodesAsync(conn, tx, codes, staged, ct);
        var missing = codes.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new NoticeImportException($"admin_units has no row for {string.Join(", ", missing)}; import the admin units first. Nothing was changed.");
    }
}
