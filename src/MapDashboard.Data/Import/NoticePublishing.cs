using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MapDashboard.Data.Import;

/// <summary>A notice text handed in by the CLI or an editor; <see cref="Decisions"/> null means the decisions stored for its notice.</summary>
public sealed record NoticeSubmission(string Text, ReviewDecisions? Decisions = null)
{
    /// <summary>Where the text came from, when the one handing it in says so (else the source the text names, if any).</summary>
    public string? Source { get; init; }
}

/// <summary>What a submission reads as and what importing it would change; nothing was written.</summary>
/// <param name="Decisions">The decisions the reading applied: those submitted, else those stored for the notice.</param>
public sealed record NoticePreview(string NoticeId, NoticeExtraction Extraction, ReviewDecisions Decisions, NoticeImportResult Result)
{
    public NoticeDiff Diff => Result.Diff;
}

/// <summary>
/// The one publishing flow, called by `mapdash import` and the admin area alike: every method goes through
/// <see cref="DataImport"/> (one transaction under the import lock, removals refused unless allowed, nothing written when
/// nothing changed) and the notice is chosen by the document number read from the text. A new number makes a new notice
/// (a draft unless published); the same number updates that notice; a published notice's change is a publish, with a
/// revision written in the same transaction. The gazetteer is the one the readings place localities with.
/// </summary>
public sealed class NoticePublishing(MapDashboardDbContext db, IReadOnlyList<GazetteerEntry> gazetteer)
{
    /// <summary>When set, the admin units of this geodata folder are imported in the same transaction (the CLI does).</summary>
    public string? GeodataDir { get; init; }

    /// <summary>Reads the text (with the stored decisions when none are submitted) and compares it with what is stored; writes nothing.</summary>
    public async Task<NoticePreview> PreviewAsync(NoticeSubmission submission, CancellationToken ct)
    {
        NoticePreview? preview = null;
        var report = await DataImport.RunAsync(db, null, async (c, t) =>
        {
            var (notice, decisions) = await ReadAsync(c, submission, t);
            preview = new NoticePreview(notice.Id, notice.Extraction, decisions, null!);
            return [notice];
        }, new ImportOptions { DryRun = true }, ct);
        return preview! with { Result = report.Notices.Single() };
    }

    /// <summary>
    /// Imports the text as its notice: a draft unless <paramref name="options"/> publish it (or the notice is already
    /// published). <see cref="ImportOptions.DryRun"/> makes it a preview.
    /// </summary>
    public async Task<NoticeImportResult> ImportAsync(NoticeSubmission submission, ImportOptions options, CancellationToken ct) =>
        (await ImportReportAsync(submission, options, ct)).Notices.Single();

    /// <summary><see cref="ImportAsync"/> with the whole report (admin units when <see cref="GeodataDir"/> is set, data versions).</summary>
    public Task<ImportReport> ImportReportAsync(NoticeSubmission submission, ImportOptions options, CancellationToken ct) =>
        DataImport.RunAsync(db, GeodataDir, async (c, t) => [(await ReadAsync(c, submission, t)).Notice], options, ct);

    /// <summary>Publishes a draft as stored (its text read again with its stored decisions); a published notice is left as it is.</summary>
    public async Task<NoticeImportResult> PublishAsync(string noticeId, string publishedBy, CancellationToken ct)
    {
        var text = await db.Notices.AsNoTracking().Where(n => n.Id == noticeId).Select(n => n.Text).SingleOrDefaultAsync(ct)
            ?? throw new NoticeImportException($"There is no notice {noticeId}.");
        return await ImportAsync(new NoticeSubmission(text), new ImportOptions { Publish = true, PublishedBy = publishedBy }, ct);
    }

    /// <summary>Restores revision <paramref name="sequence"/>: its text and decisions imported again and published as a new revision (removals allowed: restoring is explicit).</summary>
    public async Task<NoticeImportResult> RestoreAsync(string noticeId, int sequence, string publishedBy, CancellationToken ct)
    {
        var revision = await db.NoticeRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.NoticeId == noticeId && r.Sequence == sequence, ct)
            ?? throw new NoticeImportException($"Notice {noticeId} has no revision {sequence}.");
        var options = new ImportOptions
        {
            Publish = true, AllowRemovals = true, PublishedBy = publishedBy, RevisionNote = $"restored revision {sequence}",
        };
        return await ImportAsync(new NoticeSubmission(revision.Text, ReviewDecisions.Parse(revision.Decisions)), options, ct);
    }

    /// <summary>Deletes a draft and everything read into it; a published notice is refused (restore an earlier revision instead).</summary>
    public async Task DiscardDraftAsync(string noticeId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await ImportLock.AcquireAsync((NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)tx.GetDbTransaction(), null, ct);
        var status = await db.Notices.Where(n => n.Id == noticeId).Select(n => (NoticeStatus?)n.Status).SingleOrDefaultAsync(ct)
            ?? throw new NoticeImportException($"There is no notice {noticeId}.");
        if (status != NoticeStatus.Draft)
            throw new NoticeImportException($"Notice {noticeId} is published, not a draft: it cannot be discarded; restore an earlier revision instead.");
        await db.Notices.Where(n => n.Id == noticeId).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Reads a submission under its notice's id; without submitted decisions, with those stored for that notice.</summary>
    private async Task<(NoticeToImport Notice, ReviewDecisions Decisions)> ReadAsync(MapDashboardDbContext c, NoticeSubmission s, CancellationToken ct)
    {
        var id = NoticeSeed.FindNumber(s.Text)?.Slug;
        var decisions = s.Decisions ?? (id is null ? ReviewDecisions.None : await ReviewDecisionRows.LoadAsync(c, id, ct));
        var extraction = new NoticeReader(gazetteer, decisions).Read(s.Text);
        return (NoticeToImport.Of(s.Text, extraction, s.Decisions) with { Source = s.Source }, decisions);
    }
}
