using MapDashboard.Data.ReadModel;
using MapDashboard.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>The seed notice through the read model against the real seeds in PostGIS: what the text says, nothing lost.</summary>
public class ReadModelTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<ReadSnapshot> SnapshotAsync() =>
        await new ServiceCollection().AddMapDashboardData(database.ConnectionString).BuildServiceProvider()
            .GetRequiredService<NoticeReadModel>().SnapshotAsync(_ct);

    [Fact]
    public async Task The_seed_notice_is_the_one_published_notice_with_its_number_and_counts()
    {
        var snapshot = await SnapshotAsync();
        var summary = Assert.Single(snapshot.Notices);
        Assert.Equal("ndrc-2021-668", summary.Id);
        Assert.Contains("[2021] No.668", summary.Number);
        Assert.Equal(NoticeSummary.Published, summary.Status);
        Assert.Equal((57, 67), (summary.Localities, summary.Practices));
        Assert.Same(snapshot.Current, snapshot.Find(ReadSnapshot.CurrentAlias));
        Assert.Null(snapshot.Find("ndrc-1999-1"));
    }

    [Fact]
    public async Task Every_practice_and_figure_is_the_one_read_from_the_seed_text()
    {
        var read = NoticeTestData.Read(NoticeTestData.Text);
        var notice = (await SnapshotAsync()).Current!;
        Assert.Equal(
            read.Practices.Select(p => (p.Measure, p.Code, p.Excerpt, p.Range.Start, p.Range.End)).Order(),
            notice.Practices.Select(p => (p.MeasureNumber, p.Code, p.Excerpt, p.Start, p.End)).Order());
        Assert.Equal(
            read.Indicators.Select(i => (i.Measure, i.Code, i.Value, i.Unit, i.Qualifier, i.SourcePhrase, i.Range.Start, i.Note, i.Repaired)).Order(),
            notice.Practices.SelectMany(p => p.Indicators.Select(i => (p.MeasureNumber, p.Code, i.Value, i.Unit, i.Qualifier, i.SourcePhrase, i.Start, i.Note, i.Repaired))).Order());
        Assert.Equal(read.Localities.Select(l => l.Code).Order(), notice.Plotted.Select(p => p.Locality.Code).Order());
    }

    [Fact]
    public async Task A_locality_knows_its_province_and_parent_prefecture()
    {
        var huadu = (await SnapshotAsync()).Localities["440114"];
        Assert.Equal(("440000", "广东省", "440100", "广州市"), (huadu.ProvinceCode, huadu.ProvinceNameZh, huadu.PrefectureCode, huadu.PrefectureNameZh));
        Assert.NotNull(huadu.Boundary);
    }

    [Fact]
    public async Task A_province_filter_keeps_only_that_province_and_leaves_the_other_provinces_counts()
    {
        var notice = (await SnapshotAsync()).Current!;
        var guangdong = new DashboardFilter { ProvinceCodes = new HashSet<string> { "440000" } };
        Assert.All(notice.List(guangdong), r => Assert.Equal("440000", r.ProvinceCode));
        Assert.Equal(notice.Facets(DashboardFilter.None).Provinces, notice.Facets(guangdong).Provinces);
        Assert.Empty(notice.List(new DashboardFilter { Measures = new HashSet<int>() }));
    }
}
