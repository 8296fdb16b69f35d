using MapDashboard.Core.Notices;
using MapDashboard.Data.Import;
using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>NoticeImporter against real PostGIS. Each test imports under its own notice id, so tests share the database safely.</summary>
public sealed class NoticeImportTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly string _id = "test-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<PracticeCounts> Import(string text, NoticeExtraction? extraction = null, ImportOptions? options = null)
    {
        extraction ??= NoticeTestData.Read(text);
        await using var db = database.CreateContext();
        await NoticeTestData.EnsureAdminUnits(db, _ct, extraction);
        return (await NoticeImporter.ImportAsync(db, new NoticeToImport(_id, text, extraction), options ?? ImportOptions.Default, _ct)).Counts;
    }

    private async Task<List<string>> Snapshot()
    {
        await using var db = database.CreateContext();
        var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == _id, _ct);
        var rows = await db.Practices.AsNoTracking().Include(p => p.Indicators).Where(p => p.NoticeId == _id)
            .OrderBy(p => p.MeasureNumber).ThenBy(p => p.AdminCode).ToListAsync(_ct);
        return [$"{notice.TextSha256} {notice.ImportedAt:O}", .. rows.Select(p =>
            $"{p.Id} ({p.MeasureNumber}) {p.AdminCode} {p.Start}-{p.End} " +
            string.Join(";", p.Indicators.OrderBy(i => i.Start).Select(i => $"{i.Id}:{i.Value:0.####} {i.Unit}")))];
    }

    [Fact]
    public async Task First_import_adds_every_practice_indicator_and_measure()
    {
        var result = await Import(NoticeTestData.Text);
        Assert.Equal(new PracticeCounts(67, 0, 0, 0), result);
        await using var db = database.CreateContext();
        Assert.Equal(13, await db.Measures.CountAsync(m => m.NoticeId == _id, _ct));
        Assert.Equal(50, await db.Indicators.CountAsync(i => i.Practice!.NoticeId == _id, _ct));
        var town = await db.Practices.SingleAsync(p => p.NoticeId == _id && p.AdminCode == "220184103", _ct);
        Assert.Equal(2, town.MeasureNumber);
    }

    [Fact]
    public async Task Reimporting_the_same_text_changes_nothing()
    {
        await Import(NoticeTestData.Text);
        var before = await Snapshot();
        var again = await Import(NoticeTestData.Text);
        Assert.Equal(new PracticeCounts(0, 0, 0, 67), again);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task An_edited_figure_updates_only_its_practice()
    {
        await Import(NoticeTestData.Text);
        var edited = NoticeTestData.Text.Replace("trained about 6000 people", "trained about 7000 people");
        var result = await Import(edited);
        Assert.Equal(new PracticeCounts(0, 1, 0, 66), result);
        await using var db = database.CreateContext();
        var shexian = await db.Practices.Include(p => p.Indicators)
            .SingleAsync(p => p.NoticeId == _id && p.MeasureNumber == 3 && p.AdminCode == "130426", _ct);
        Assert.Equal(7000m, Assert.Single(shexian.Indicators).Value);
    }

    [Fact]
    public async Task An_edited_sentence_shared_by_three_places_updates_those_three()
    {
        await Import(NoticeTestData.Text);
        var edited = NoticeTestData.Text.Replace("about 29,000 sets", "about 31,000 sets");
        Assert.Equal(new PracticeCounts(0, 3, 0, 64), await Import(edited));
    }

    // Same length, so no other offset moves: 达州 Dazhou becomes 剑阁 Jiange, also in Sichuan.
    private static string DazhouRenamedJiange => NoticeTestData.Text.Replace("Dazhou, Sichuan will build", "Jiange, Sichuan will build");

    [Fact]
    public async Task A_renamed_place_is_refused_without_allow_removals_and_nothing_changes()
    {
        await Import(NoticeTestData.Text);
        var before = await Snapshot();
        var refused = await Assert.ThrowsAsync<ImportRemovalsRefusedException>(() => Import(DazhouRenamedJiange));
        Assert.Contains("would remove 1 of its 67 practices and 1 locality", refused.Message);
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_renamed_place_with_allow_removals_removes_the_old_practice_and_adds_the_new_one()
    {
        await Import(NoticeTestData.Text);
        var result = await Import(DazhouRenamedJiange, options: new ImportOptions { AllowRemovals = true });
        Assert.Equal(new PracticeCounts(1, 0, 1, 66), result);
        await using var db = database.CreateContext();
        var measure12 = await db.Practices.Where(p => p.NoticeId == _id && p.MeasureNumber == 12).Select(p => p.AdminCode).ToListAsync(_ct);
        Assert.Contains("510823", measure12);
        Assert.DoesNotContain("511700", measure12);
    }

    [Fact]
    public async Task A_broken_file_is_rejected_before_the_database_is_touched()
    {
        await Import(NoticeTestData.Text);
        var before = await Snapshot();
        var broken = NoticeTestData.Text.Replace("(7) In promoting urban smart operation", "In promoting urban smart operation");
        Assert.Throws<NoticeFormatException>(() => NoticeTestData.Read(broken));
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task A_failure_midway_rolls_back_everything_including_the_notice_row_and_the_data_version()
    {
        await Import(NoticeTestData.Text);
        var before = await Snapshot();
        var version = await DataVersion();
        var edited = NoticeTestData.Text.Replace("about 29,000 sets", "about 31,000 sets");
        var x = NoticeTestData.Read(edited);
        var orphanTheme = x with { Structure = x.Structure with { Measures = [.. x.Structure.Measures.Select(m => m with { ThemeNumber = 9 })] } };
        await Assert.ThrowsAsync<InvalidOperationException>(() => Import(edited, orphanTheme));
        Assert.Equal(before, await Snapshot());
        Assert.Equal(version, await DataVersion());
    }

    [Fact]
    public async Task A_locality_missing_from_admin_units_is_refused_and_nothing_changes()
    {
        await Import(NoticeTestData.Text);
        var before = await Snapshot();
        var x = NoticeTestData.Read(NoticeTestData.Text);
        var unknown = x with { Practices = [.. x.Practices, x.Practices[0] with { Code = "999999" }] };
        await using (var db = database.CreateContext())
            await Assert.ThrowsAsync<NoticeImportException>(() =>
                NoticeImporter.ImportAsync(db, new NoticeToImport(_id, NoticeTestData.Text + " ", unknown), ImportOptions.Default, _ct));
        Assert.Equal(before, await Snapshot());
    }

    private async Task<long> DataVersion()
    {
        await using var db = database.CreateContext();
        return await DataVersionQueries.CurrentAsync(db, _ct);
    }

    [Fact]
    public async Task Only_an_import_that_writes_raises_the_data_version_the_app_rebuilds_on()
    {
        await Import(NoticeTestData.Text);
        var imported = await DataVersion();
        await Import(NoticeTestData.Text);
        Assert.Equal(imported, await DataVersion());
        await Import(NoticeTestData.Text.Replace("trained about 6000 people", "trained about 7000 people"));
        Assert.True(await DataVersion() > imported);
    }
}
