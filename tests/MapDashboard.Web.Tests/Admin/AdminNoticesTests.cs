using MapDashboard.Data;
using MapDashboard.Data.ReadModel;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>
/// What the admin area keeps in the real PostGIS, as the importer role: an upload with a new number is a draft notice that
/// a restarted server (a new service, an empty memory) still opens with its decisions; an upload of a published number
/// stays in memory and changes nothing; a published notice's earlier revision is restored as a new one.
/// </summary>
public sealed class AdminNoticesTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private const string Editor = "editor@example.org";
    private static readonly AdminGazetteer Gazetteer = new();
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private AdminAreaStatus Status => new(true, database.ImporterConnectionString);

    /// <summary>A service as a fresh server process has it: nothing in memory.</summary>
    private AdminNotices Restarted(NoticeDrafts? memory = null) =>
        new(Gazetteer, Status, memory ?? new NoticeDrafts(TimeProvider.System), ReadModel, NullLogger<AdminNotices>.Instance);

    private NoticePreviewService Previews => new(Gazetteer, Status, ReadModel, NullLogger<NoticePreviewService>.Instance);

    /// <summary>The web role's read model, as the app has it (publishing tells it the new version at once).</summary>
    private NoticeReadModel ReadModel => new(new WebContexts(database.WebConnectionString), NullLogger<NoticeReadModel>.Instance);

    private sealed class WebContexts(string connectionString) : IDbContextFactory<MapDashboardDbContext>
    {
        public MapDashboardDbContext CreateDbContext() => MapDashboardDbContextFactory.Create(connectionString);
    }

    /// <summary>The second notice under a number of this test's own, so tests do not share a notice.</summary>
    private static (string Id, string Text) Numbered(int serial) =>
        ($"ndrc-2023-{serial}", SecondNotice.Text.Replace(SecondNotice.Number, $"[2023] No.{serial}", StringComparison.Ordinal));

    [Fact]
    public async Task An_upload_with_a_new_number_is_a_draft_notice_a_restarted_server_still_opens_with_its_decisions()
    {
        var (id, text) = Numbered(911);
        var kept = await Restarted().KeepAsync(Editor, "second.txt", text, _ct);
        Assert.Equal(id, kept.StoredId);

        var draft = await Restarted().OpenDraftAsync(id, Editor, _ct);
        Assert.NotNull(draft);
        var figure = (await Previews.PreviewAsync(draft, _ct)).Preview!.Figures[0];
        draft.Decisions = NoticePreviewService.WithDecision(draft.Decisions,
            new ReviewDecision(figure.Code, figure.SourcePhrase, ReviewAction.Set, 42m, figure.Unit, "checked"));
        await Previews.SaveDecisionsAsync(draft, _ct);

        var reopened = await Restarted().OpenDraftAsync(id, "another.editor@example.org", _ct);
        Assert.NotNull(reopened);
        Assert.Equal(text, reopened.Text);
        Assert.Contains(reopened.Decisions.All, d => d.SourcePhrase == figure.SourcePhrase && d.Value == 42m);
        var listed = Assert.Single(await Restarted().ListAsync(_ct), n => n.Notice.Id == id);
        Assert.True(listed.IsDraft);
        await using var web = database.CreateContext(database.WebConnectionString);
        Assert.Equal(NoticeStatus.Draft, await web.Notices.Where(n => n.Id == id).Select(n => n.Status).SingleAsync(_ct));
    }

    [Fact]
    public async Task A_stored_draft_can_be_discarded()
    {
        var (id, text) = Numbered(912);
        await Restarted().KeepAsync(Editor, "second.txt", text, _ct);
        var draft = await Restarted().OpenDraftAsync(id, Editor, _ct);

        await Restarted().DiscardAsync(draft!, _ct);

        Assert.Null(await Restarted().OpenDraftAsync(id, Editor, _ct));
        Assert.DoesNotContain(await Restarted().ListAsync(_ct), n => n.Notice.Id == id);
    }

    [Fact]
    public async Task An_upload_of_a_published_number_stays_in_memory_and_changes_nothing()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt")).Replace("10,000", "20,000", StringComparison.Ordinal);
        var before = Assert.Single(await Restarted().ListAsync(_ct), n => n.Notice.Id == "ndrc-2021-668");
        var memory = new NoticeDrafts(TimeProvider.System);

        var kept = await Restarted(memory).KeepAsync(Editor, "seed.txt", seed, _ct);

        Assert.Null(kept.StoredId);
        Assert.NotNull(memory.Find(kept.MemoryId, Editor));
        var after = Assert.Single(await Restarted().ListAsync(_ct), n => n.Notice.Id == "ndrc-2021-668");
        Assert.Equal(before.Revisions.Count, after.Revisions.Count);
        Assert.Equal(before.Notice.Practices, after.Notice.Practices);
    }

    [Fact]
    public async Task Restoring_an_earlier_revision_publishes_it_again_as_a_new_revision_by_the_editor()
    {
        var (id, text) = Numbered(913);
        await Restarted().KeepAsync(Editor, "second.txt", text, _ct);
        var draft = (await Restarted().OpenDraftAsync(id, Editor, _ct))!;
        Assert.Null((await Previews.PublishAsync(draft, allowRemovals: false, _ct)).Failure);
        var figure = (await Previews.PreviewAsync(draft, _ct)).Preview!.Figures[0];
        var firstFigures = await FiguresAsync(id, figure.SourcePhrase);
        draft.Decisions = NoticePreviewService.WithDecision(draft.Decisions,
            new ReviewDecision(figure.Code, figure.SourcePhrase, ReviewAction.Ignore, null, "", "not a figure"));
        Assert.Null((await Previews.PublishAsync(draft, allowRemovals: true, _ct)).Failure);
        Assert.True(await FiguresAsync(id, figure.SourcePhrase) < firstFigures);

        var result = await Restarted().RestoreAsync(id, 1, "restorer@example.org", _ct);

        Assert.Equal(3, result.Revision);
        var notice = Assert.Single(await Restarted().ListAsync(_ct), n => n.Notice.Id == id);
        var newest = notice.Revisions[0];
        Assert.Equal((3, "restorer@example.org"), (newest.Sequence, newest.PublishedBy));
        Assert.StartsWith("restored revision 1", newest.Summary);
        Assert.Equal(firstFigures, await FiguresAsync(id, figure.SourcePhrase));
    }

    /// <summary>How many stored figures of the notice read from this phrase, as readers (the web role) see them.</summary>
    private async Task<int> FiguresAsync(string noticeId, string phrase)
    {
        await using var web = database.CreateContext(database.WebConnectionString);
        return await web.Indicators.CountAsync(i => i.Practice!.NoticeId == noticeId && i.SourcePhrase == phrase, _ct);
    }
}
