using MapDashboard.Core.Notices;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data;
using MapDashboard.Data.Import;
using MapDashboard.Data.ReadModel;

namespace MapDashboard.Web.Features.Admin;

/// <summary>What came of reading or publishing a draft; <see cref="Failure"/> names a resource key (Admin.Failure.*).</summary>
public sealed record PreviewOutcome(NoticePreview? Preview, string? Failure);

/// <summary>
/// Reads a draft with the notice reader and compares it with what is stored, through the one import flow
/// (<see cref="DataImport"/>): the preview is its dry run, and publishing is its real run, one transaction that raises
/// the data version once, as the importer role (ConnectionStrings:Import). The web role stays read-only.
/// </summary>
public sealed class NoticePreviewService(AdminGazetteer gazetteer, AdminAreaStatus status, NoticeReadModel readModel, ILogger<NoticePreviewService> log)
{
    public async Task<PreviewOutcome> PreviewAsync(NoticeDraft draft, CancellationToken ct)
    {
        if (Read(draft) is not { } extraction) return new(null, "Unreadable");
        NoticeDiff? diff = null;
        if (NoticeIdOf(extraction) is { } id)
        {
            var report = await RunAsync(draft, id, extraction, new ImportOptions { DryRun = true }, ct);
            diff = report.Notices.Single().Diff;
            // A stored draft compared with itself says nothing: readers have no version of it yet.
            if (diff.IsNewNotice || draft.StoredId is not null) diff = null;
        }
        return new(NoticePreview.From(extraction, draft.Decisions, diff, gazetteer.Find), null);
    }

    /// <summary>
    /// Publishes the draft as it reads now. Refused (nothing written) when the text has no document number, or when it
    /// would remove practices or places of the stored version and <paramref name="allowRemovals"/> is false.
    /// </summary>
    public async Task<PreviewOutcome> PublishAsync(NoticeDraft draft, bool allowRemovals, CancellationToken ct)
    {
        if (Read(draft) is not { } extraction) return new(null, "Unreadable");
        if (NoticeIdOf(extraction) is not { } id) return new(null, "NoNumber");
        try
        {
            // Published at once, with the editor named in the revision it adds (history and restore read it).
            await RunAsync(draft, id, extraction, new ImportOptions { AllowRemovals = allowRemovals, Publish = true, PublishedBy = draft.Owner }, ct);
        }
        catch (ImportRemovalsRefusedException)
        {
            return new(null, "Removals");
        }
        catch (NoticeImportException e)
        {
            log.LogWarning(e, "Publishing {NoticeId} refused", id);
            return new(null, "Refused");
        }
        log.LogInformation("{Editor} published {NoticeId}", draft.Owner, id);
        // This instance reads the new version now, not at its next poll: the link to the published notice works at once.
        await readModel.RefreshAsync(ct);
        return new(NoticePreview.From(extraction, draft.Decisions, null, gazetteer.Find), null);
    }

    private NoticeExtraction? Read(NoticeDraft draft)
    {
        try
        {
            return new NoticeReader(gazetteer.Entries, draft.Decisions).Read(draft.Text);
        }
        catch (NoticeFormatException e)
        {
            log.LogInformation(e, "Draft {DraftId} cannot be read as a notice", draft.Id);
            return null;
        }
    }

    private static string? NoticeIdOf(NoticeExtraction x) => x.Structure.Number?.Slug;

    private async Task<ImportReport> RunAsync(NoticeDraft draft, string id, NoticeExtraction extraction, ImportOptions options, CancellationToken ct)
    {
        await using var db = MapDashboardDbContextFactory.Create(status.ImportConnectionString!);
        // The draft's decisions are stored with the notice, so the next import of its text reads it the same way.
        var notice = new NoticeToImport(id, draft.Text, extraction) { Decisions = draft.Decisions };
        return await DataImport.RunAsync(db, new ImportRequest(null, [notice]), options, ct);
    }

    /// <summary>
    /// Keeps a stored draft's decisions with it (its text read again with them, still a draft): the next preview, a restart
    /// or another editor see them. A draft held in memory keeps them in memory.
    /// </summary>
    public async Task SaveDecisionsAsync(NoticeDraft draft, CancellationToken ct)
    {
        if (draft.StoredId is not { } id || Read(draft) is not { } extraction) return;
        await RunAsync(draft, id, extraction, new ImportOptions(), ct);
    }

    /// <summary>The decisions with <paramref name="choice"/> in place of any other unit chosen for the same name.</summary>
    public static ReviewDecisions WithPlaceDecision(ReviewDecisions current, HomonymChoice choice)
    {
        var phrase = MapDashboard.Core.Notices.Layout.NormalizedText.Phrase(choice.Name);
        return new(current.All
            .Where(d => !(choice.Candidates.Contains(d.Adcode) && MapDashboard.Core.Notices.Layout.NormalizedText.Phrase(d.SourcePhrase) == phrase))
            .Append(new ReviewDecision(choice.Code, choice.Name, ReviewAction.Keep, null, "", "chosen in the admin preview")));
    }

    /// <summary>The decisions without <paramref name="decision"/>: the figure or name is read by the rules again.</summary>
    public static ReviewDecisions WithoutDecision(ReviewDecisions current, ReviewDecision decision) =>
        new(current.All.Where(d => d != decision));

    /// <summary>The draft's decisions with <paramref name="decision"/> put in place of any for the same figure.</summary>
    public static ReviewDecisions WithDecision(ReviewDecisions current, ReviewDecision decision) =>
        new(current.All.Where(d => !(d.Adcode == decision.Adcode && d.SourcePhrase == decision.SourcePhrase)).Append(decision));
}
