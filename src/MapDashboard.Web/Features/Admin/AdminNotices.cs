using MapDashboard.Data.ReadModel;
using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data;
using MapDashboard.Data.Entities;
using MapDashboard.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Web.Features.Admin;

/// <summary>A notice as the admin notices page lists it, with its revisions (newest first; none for a draft).</summary>
public sealed record AdminNotice(NoticeListItem Notice, IReadOnlyList<NoticeRevisionInfo> Revisions)
{
    public bool IsDraft => Notice.Status == NoticeStatus.Draft;
}

/// <summary>Where an upload went: a draft notice stored in the database, or (its number is published) a draft in memory.</summary>
public sealed record UploadedDraft(string? StoredId, Guid MemoryId)
{
    public string PreviewPath => StoredId is { } id ? AdminNotices.DraftPath(id) : $"/admin/preview/{MemoryId:N}";
}

/// <summary>
/// The notices an editor manages, through the one publishing flow (<see cref="NoticePublishing"/>, as `mapdash notices`
/// and `mapdash import` use it), as the importer role (ConnectionStrings:Import): every notice with its history, restoring
/// an earlier revision, and drafts kept in the database.
/// </summary>
public sealed class AdminNotices(AdminGazetteer gazetteer, AdminAreaStatus status, NoticeDrafts memory, NoticeReadModel readModel, ILogger<AdminNotices> log)
{
    public const string NoticesPath = "/admin/notices";

    public static string DraftPath(string noticeId) => $"/admin/drafts/{Uri.EscapeDataString(noticeId)}";

    public static string RestorePath(string noticeId, int sequence) =>
        $"{NoticesPath}/{Uri.EscapeDataString(noticeId)}/revisions/{sequence}/restore";

    /// <summary>Every notice, drafts included, each with its revisions.</summary>
    public async Task<IReadOnlyList<AdminNotice>> ListAsync(CancellationToken ct)
    {
        await using var db = Open();
        var notices = await NoticeHistory.ListAsync(db, ct);
        var list = new List<AdminNotice>(notices.Count);
        foreach (var n in notices)
            list.Add(new AdminNotice(n, await NoticeHistory.RevisionsAsync(db, n.Id, ct)));
        return list;
    }

    /// <summary>Publishes revision <paramref name="sequence"/> of a notice again, as a new revision by <paramref name="editor"/>.</summary>
    public async Task<NoticeImportResult> RestoreAsync(string noticeId, int sequence, string editor, CancellationToken ct)
    {
        await using var db = Open();
        var result = await Publishing(db).RestoreAsync(noticeId, sequence, editor, ct);
        log.LogInformation("{Editor} restored revision {Sequence} of {NoticeId}", editor, sequence, noticeId);
        await readModel.RefreshAsync(ct);
        return result;
    }

    /// <summary>
    /// Keeps an uploaded text: as a draft notice in the database when its number is new (or names a draft), else in memory.
    /// A text that cannot be read is kept in memory too, so its preview can say why.
    /// </summary>
    public async Task<UploadedDraft> KeepAsync(string editor, string fileName, string text, CancellationToken ct)
    {
        var decisions = ReviewDecisions.None;
        if (NoticeIdOf(text) is { } id)
        {
            await using var db = Open();
            var stored = await db.Notices.AsNoTracking().Where(n => n.Id == id).Select(n => (NoticeStatus?)n.Status).SingleOrDefaultAsync(ct);
            if (stored == NoticeStatus.Published)
                // The new text starts from the decisions readers' version was read with, or publishing it would drop them.
                decisions = (await StoredDecisionsAsync(db, text, id, ct)) ?? decisions;
            else
            {
                try
                {
                    // Stored decisions (of a draft uploaded before) are kept; a new notice has none.
                    await Publishing(db).ImportAsync(new NoticeSubmission(text), new ImportOptions(), ct);
                    log.LogInformation("{Editor} stored draft {NoticeId}", editor, id);
                    return new UploadedDraft(id, Guid.Empty);
                }
                catch (Exception e) when (e is NoticeImportException or NoticeFormatException)
                {
                    // Its preview says why (the text cannot be read, or names a place the database lacks).
                    log.LogInformation(e, "Upload {NoticeId} kept in memory: it cannot be stored as a draft", id);
                }
            }
        }
        var draft = memory.Add(editor, fileName, text);
        draft.Decisions = decisions;
        return new UploadedDraft(null, draft.Id);
    }

    private async Task<ReviewDecisions?> StoredDecisionsAsync(MapDashboardDbContext db, string text, string id, CancellationToken ct)
    {
        try
        {
            return (await Publishing(db).PreviewAsync(new NoticeSubmission(text), ct)).Decisions;
        }
        catch (Exception e) when (e is NoticeImportException or NoticeFormatException)
        {
            log.LogInformation(e, "Upload for {NoticeId}: its stored decisions could not be applied to the new text", id);
            return null;
        }
    }

    /// <summary>A draft notice as stored, with its decisions; null when there is no such draft (published, discarded, unknown).</summary>
    public async Task<NoticeDraft?> OpenDraftAsync(string noticeId, string editor, CancellationToken ct)
    {
        await using var db = Open();
        var notice = await db.Notices.AsNoTracking().Where(n => n.Id == noticeId && n.Status == NoticeStatus.Draft)
            .Select(n => new { n.Text, n.ImportedAt }).SingleOrDefaultAsync(ct);
        if (notice is null) return null;
        var preview = await Publishing(db).PreviewAsync(new NoticeSubmission(notice.Text), ct);
        return NoticeDraft.Stored(noticeId, editor, notice.Text, preview.Decisions, notice.ImportedAt);
    }

    /// <summary>Deletes a stored draft (a published notice is refused by the publishing flow); a memory draft is dropped.</summary>
    public async Task DiscardAsync(NoticeDraft draft, CancellationToken ct)
    {
        if (draft.StoredId is not { } id)
        {
            memory.Remove(draft.Id);
            return;
        }
        await using var db = Open();
        await Publishing(db).DiscardDraftAsync(id, ct);
        log.LogInformation("{Editor} discarded draft {NoticeId}", draft.Owner, id);
    }

    private MapDashboardDbContext Open() => MapDashboardDbContextFactory.Create(status.ImportConnectionString!);

    private NoticePublishing Publishing(MapDashboardDbContext db) => new(db, gazetteer.Entries);

    private static string? NoticeIdOf(string text) => NoticeSeed.FindNumber(text)?.Slug;
}
