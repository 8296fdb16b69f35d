using MapDashboard.Data.Export;
using MapDashboard.Core.Notices.Figures;
using MapDashboard.Data.Entities;
using MapDashboard.Data.Import;
using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>
/// The publishing flow (NoticePublishing) over a database holding the seed notice: a second notice made from part of
/// the seed with another number. Each test uses a number of its own, so the tests share the seeded database; none may
/// change the seed notice (the first test checks it).
/// </summary>
public sealed class NoticePublishingTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private const string SeedId = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly int _serial = NoticeSerials.Next();

    private string Id => $"ndrc-2022-{_serial}";

    private string Part => NoticeTestData.PartOfSeedAs(2022, _serial);

    private async Task<T> With<T>(Func<NoticePublishing, MapDashboardDbContext, Task<T>> act)
    {
        await using var db = database.CreateContext();
        return await act(new NoticePublishing(db, NoticeTestData.Gazetteer), db);
    }

    private Task<NoticeImportResult> Import(string text, bool publish, string by = "editor@example.org", ReviewDecisions? decisions = null,
        bool allowRemovals = false) =>
        With((p, _) => p.ImportAsync(new NoticeSubmission(text, decisions),
            new ImportOptions { Publish = publish, PublishedBy = by, AllowRemovals = allowRemovals }, _ct));

    private async Task<(int Practices, int Localities, int Indicators)> Counts(string id)
    {
        await using var db = database.CreateContext();
        return (await db.Practices.CountAsync(p => p.NoticeId == id, _ct),
                await db.Practices.Where(p => p.NoticeId == id).Select(p => p.AdminCode).Distinct().CountAsync(_ct),
                await db.Indicators.CountAsync(i => i.Practice!.NoticeId == id, _ct));
    }

    /// <summary>Every practice with its excerpt and figures: what readers see of a notice.</summary>
    private async Task<List<string>> Content(string id)
    {
        await using var db = database.CreateContext();
        var rows = await db.Practices.AsNoTracking().Include(p => p.Indicators).Where(p => p.NoticeId == id)
            .OrderBy(p => p.MeasureNumber).ThenBy(p => p.AdminCode).ToListAsync(_ct);
        return rows.Select(p => $"({p.MeasureNumber}) {p.AdminCode} {p.Excerpt} | " +
                                string.Join("; ", p.Indicators.OrderBy(i => i.Start).Select(i => $"{i.Value:0.####} {i.Unit}"))).ToList();
    }

    private async Task<NoticeListItem> Listed(string id)
    {
        await using var db = database.CreateContext();
        return (await NoticeHistory.ListAsync(db, _ct)).Single(n => n.Id == id);
    }

    private async Task<IReadOnlyList<NoticeRevisionInfo>> History(string id)
    {
        await using var db = database.CreateContext();
        return await NoticeHistory.RevisionsAsync(db, id, _ct);
    }

    private async Task<long> DataVersion()
    {
        await using var db = database.CreateContext();
        return await DataVersionQueries.CurrentAsync(db, _ct);
    }

    [Fact]
    public async Task A_second_notice_from_part_of_the_seed_imports_beside_it_under_its_own_number_without_changing_the_seed()
    {
        var (seedCounts, seedContent) = (await Counts(SeedId), await Content(SeedId));
        var expected = NoticeTestData.Read(Part);

        var result = await Import(Part, publish: true, decisions: NoticeTestData.SeedDecisions);

        Assert.Equal((Id, true, 1), (result.NoticeId, result.Published, result.Revision));
        Assert.Equal((expected.Practices.Count, expected.Localities.Count, expected.Indicators.Count), await Counts(Id));
        await using (var db = database.CreateContext())
            Assert.Equal(await db.Practices.CountAsync(p => p.NoticeId == SeedId && p.MeasureNumber <= 3, _ct), expected.Practices.Count);
        Assert.Equal(seedCounts, await Counts(SeedId));
        Assert.Equal(seedContent, await Content(SeedId));
        Assert.Equal((67, 57), ((await Counts(SeedId)).Practices, (await Counts(SeedId)).Localities));
        var listed = await Listed(Id);
        Assert.Equal(("Development and Reform Office Planning [2022] No." + _serial, NoticeStatus.Published), (listed.Number, listed.Status));
        Assert.StartsWith("Notice of the General Office of the National Development and Reform Commission", listed.Title);
    }

    [Fact]
    public async Task A_new_notice_is_a_draft_readers_do_not_see_with_no_revision_until_it_is_published_and_then_has_one()
    {
        var draft = await Import(Part, publish: false);

        Assert.Equal((false, null), (draft.Published, draft.Revision));
        var listed = await Listed(Id);
        Assert.Equal((NoticeStatus.Draft, null, 0), (listed.Status, listed.PublishedAt, listed.Revisions));
        Assert.Empty(await History(Id));
        Assert.NotEqual(Id, await With((_, db) => NoticeExporter.NewestPublishedAsync(db, _ct)));

        var published = await With((p, _) => p.PublishAsync(Id, "editor@example.org", _ct));

        Assert.Equal(Id, await With((_, db) => NoticeExporter.NewestPublishedAsync(db, _ct)));
        Assert.Equal((true, 1), (published.Published, published.Revision));
        Assert.Equal(NoticeStatus.Published, (await Listed(Id)).Status);
        var revision = Assert.Single(await History(Id));
        Assert.Equal(("editor@example.org", "+23 practices, ~0 changed, -0 removed (first publication)"), (revision.PublishedBy, revision.Summary));
        Assert.True(DateTimeOffset.UtcNow - revision.PublishedAt < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Importing_the_same_text_again_writes_nothing_and_adds_no_revision()
    {
        await Import(Part, publish: true);
        var version = await DataVersion();

        var again = await Import(Part, publish: true);

        Assert.Null(again.Revision);
        Assert.Equal(version, await DataVersion());
        Assert.Single(await History(Id));
    }

    [Fact]
    public async Task A_preview_reads_and_compares_and_writes_nothing()
    {
        var version = await DataVersion();

        var preview = await With((p, _) => p.PreviewAsync(new NoticeSubmission(Part), _ct));

        Assert.Equal((Id, true, 23), (preview.NoticeId, preview.Diff.IsNewNotice, preview.Diff.Counts.Added));
        Assert.Equal(version, await DataVersion());
        await using var db = database.CreateContext();
        Assert.False(await db.Notices.AnyAsync(n => n.Id == Id, _ct));
    }

    [Fact]
    public async Task Review_decisions_are_stored_with_the_notice_and_an_import_without_them_keeps_them()
    {
        await Import(Part, publish: true, decisions: NoticeTestData.SeedDecisions);
        var content = await Content(Id);
        Assert.Contains(content, c => c.StartsWith("(2) 431000 ", StringComparison.Ordinal) && c.Contains("12000 compulsory education places"));

        var again = await Import(Part, publish: true, decisions: null);

        Assert.Null(again.Revision);
        Assert.Equal(content, await Content(Id));
        await using var db = database.CreateContext();
        Assert.Equal(NoticeTestData.SeedDecisions.All.Count, await db.ReviewDecisions.CountAsync(d => d.NoticeId == Id, _ct));
        Assert.Equal(NoticeTestData.SeedDecisions.All.Count, ReviewDecisions.Parse(
            (await db.NoticeRevisions.SingleAsync(r => r.NoticeId == Id, _ct)).Decisions).All.Count);
    }

    [Fact]
    public async Task Changing_a_decision_republishes_with_the_new_figure_and_says_so_in_the_history()
    {
        await Import(Part, publish: true, decisions: NoticeTestData.SeedDecisions);
        var changed = new ReviewDecisions(NoticeTestData.SeedDecisions.All
            .Select(d => d.Adcode == "431000" ? d with { Value = 13000m } : d));

        var result = await Import(Part, publish: true, decisions: changed);

        Assert.Equal(2, result.Revision);
        Assert.Contains(await Content(Id), c => c.StartsWith("(2) 431000 ", StringComparison.Ordinal) && c.Contains("13000 compulsory education places"));
        Assert.Equal("+0 practices, ~1 changed, -0 removed; review decisions changed", (await History(Id))[0].Summary);
    }

    [Fact]
    public async Task Restoring_an_earlier_revision_brings_back_its_practices_and_figures_as_a_new_revision()
    {
        await Import(Part, publish: true, by: "first@example.org");
        var first = await Content(Id);
        var edited = Part.Replace("trained about 6000 people", "trained about 7000 people")
            .Replace(" In Lipu, Guangxi, vocational college teachers", " Vocational college teachers");
        var refused = await Assert.ThrowsAsync<ImportRemovalsRefusedException>(() => Import(edited, publish: true));
        Assert.Contains("would remove 1 of its 23 practices", refused.Message);
        await Import(edited, publish: true, by: "second@example.org", allowRemovals: true);
        Assert.NotEqual(first, await Content(Id));

        var restored = await With((p, _) => p.RestoreAsync(Id, 1, "third@example.org", _ct));

        Assert.Equal(3, restored.Revision);
        Assert.Equal(first, await Content(Id));
        var history = await History(Id);
        Assert.Equal([3, 2, 1], history.Select(r => r.Sequence));
        Assert.Equal(["third@example.org", "second@example.org", "first@example.org"], history.Select(r => r.PublishedBy));
        // Shexian's figure and Meihekou's excerpt (the sentence that named Lipu now continues Meihekou's) changed.
        Assert.Equal("restored revision 1: +1 practices, ~2 changed, -0 removed", history[0].Summary);
        Assert.Equal("+0 practices, ~2 changed, -1 removed", history[1].Summary);
        Assert.True(history[0].PublishedAt >= history[1].PublishedAt && history[1].PublishedAt >= history[2].PublishedAt);
    }

    [Fact]
    public async Task A_draft_can_be_discarded_and_a_published_notice_cannot()
    {
        await Import(Part, publish: false);

        await With(async (p, _) => { await p.DiscardDraftAsync(Id, _ct); return 0; });

        Assert.Equal((0, 0, 0), await Counts(Id));
        var e = await Assert.ThrowsAsync<NoticeImportException>(() => With(async (p, _) => { await p.DiscardDraftAsync(SeedId, _ct); return 0; }));
        Assert.Contains("is published", e.Message);
        Assert.Equal(67, (await Counts(SeedId)).Practices);
    }
}
