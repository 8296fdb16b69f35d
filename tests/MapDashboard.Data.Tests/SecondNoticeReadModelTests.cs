using MapDashboard.Data.ReadModel;
using MapDashboard.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>A second notice (part of the seed text, another number) imported beside the seed notice.</summary>
public class SecondNoticeReadModelTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<(ReadSnapshot Snapshot, Core.Notices.NoticeExtraction Second)> ImportSecondAsync()
    {
        var model = new ServiceCollection().AddMapDashboardData(database.ConnectionString).BuildServiceProvider()
            .GetRequiredService<NoticeReadModel>();
        Core.Notices.NoticeExtraction read;
        await using (var db = database.CreateContext()) read = await SecondNotice.ImportAsync(db, _ct);
        return (await model.SnapshotAsync(_ct), read);
    }

    [Fact]
    public async Task Both_notices_are_listed_newest_first_and_the_first_keeps_its_counts()
    {
        var (snapshot, read) = await ImportSecondAsync();
        Assert.Equal([SecondNotice.Id, "ndrc-2021-668"], snapshot.Notices.Select(n => n.Id));
        var first = snapshot.Find("ndrc-2021-668")!.Summary;
        var second = snapshot.Find(SecondNotice.Id)!.Summary;
        Assert.Equal((57, 67), (first.Localities, first.Practices));
        Assert.Equal((read.Localities.Count, read.Practices.Count), (second.Localities, second.Practices));
        Assert.True(second.Practices < first.Practices);
        Assert.Contains("[2023] No.901", second.Number);
        Assert.Equal(SecondNotice.Id, snapshot.Current!.Id);

        // A place both name shows both: which notice, which measures.
        var meihekou = snapshot.MentionsOf("220581");
        Assert.Equal([(SecondNotice.Id, "3"), ("ndrc-2021-668", "3,6,12")],
            meihekou.Select(m => (m.Notice.Id, string.Join(",", m.Measures))));
        Assert.Equal(4, snapshot.ForLocality("220581").Count);
        Assert.Equal([3], snapshot.ForLocality("220581", SecondNotice.Id).Select(p => p.MeasureNumber));

        // The choropleth per notice or over all: a place named by both counts once.
        var all = snapshot.ProvinceCounts(null, DashboardFilter.None);
        var firstOnly = snapshot.ProvinceCounts("ndrc-2021-668", DashboardFilter.None);
        var union = snapshot.Published.SelectMany(n => n.Plotted.Select(p => p.Locality.Code)).Distinct().Count();
        Assert.Equal(union, all.Values.Sum());
        Assert.All(firstOnly, p => Assert.True(all[p.Key] >= p.Value));
        Assert.True(snapshot.ProvinceCounts(SecondNotice.Id, DashboardFilter.None).Values.Sum() < all.Values.Sum());
    }
}
