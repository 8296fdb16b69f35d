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
/// only for what differs, so an import that changes nothing leaves the data version as it was.
/// </summary>
public static class DataImport
{
    public static async Task<ImportReport> RunAsync(MapDashboardDbContext db, ImportRequest request, ImportOptions options, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTx = (NpgsqlTransaction)tx.GetDbTransaction();
        await ImportLock.AcquireAsync(conn, npgsqlTx, options.WaitingForLock, ct);
        var versionBefore = await DataVersionQueries.CurrentAsync(db, ct);

        var diffs = new List<NoticeDiff>();
        foreach (var notice in request.Notices)
        {
            var stored = await StoredNotice.LoadAsync(db, notice.Id, notice.Extraction.Practices.Select(p => p.Code), ct);
            diffs.Add(NoticeComparer.Compare(stored, notice));
        }
        if (!options.DryRun && !options.AllowRemovals && diffs.Any(d => d.RemovesData))
            throw new ImportRemovalsRefusedException(RefusalMessage(diffs.Where(d => d.RemovesData)), diffs);

        AdminUnitImportResult? units = null;
        if (request.GeodataDir is not null)
        {
            units = await AdminUnitImporter.StageAsync(conn, npgsqlTx, request.GeodataDir, ct);
            if (!options.DryRun) await AdminUnitImporter.ApplyStagedAsync(conn, npgsqlTx, units, ct);
        }
        await CheckLocalitiesExist(conn, npgsqlTx, request, staged: request.GeodataDir is not null && options.DryRun, ct);

        var results = diffs.Select(d => new NoticeImportResult(d)).ToList();
        if (options.DryRun)
        {
            await tx.RollbackAsync(ct);
            return new ImportReport(units, results, true, versionBefore, versionBefore);
        }
        foreach (var (notice, diff) in request.Notices.Zip(diffs))
            if (!diff.IsEmpty) await NoticeImporter.ApplyAsync(db, notice, ct);
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

    private static async Task CheckLocalitiesExist(NpgsqlConnection conn, NpgsqlTransaction tx, ImportRequest request, bool staged, CancellationToken ct)
    {
        var codes = request.Notices.SelectMany(n => n.Extraction.Practices).Select(p => p.Code).Distinct().ToList();
        if (codes.Count == 0) return;
        var known = await AdminUnitImporter.KnownCodesAsync(conn, tx, codes, staged, ct);
        var missing = codes.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new NoticeImportException($"admin_units has no row for {string.Join(", ", missing)}; import the admin units first. Nothing was changed.");
    }
}
