using System.Text.Json;
using MapDashboard.Data.ReadModel;

using MapDashboard.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Q = MapDashboard.Data.Queries;
using DashboardFilter = MapDashboard.Data.Queries.DashboardFilter;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>Temporary: the read model answers exactly what the old queries answered, before the queries go.</summary>
public class ReadModelMatchesQueriesTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private const string Notice = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static string Json(object o) => JsonSerializer.Serialize(o);

    [Fact]
    public async Task Every_row_facet_place_and_plotted_locality_is_the_same()
    {
        var model = new ServiceCollection().AddMapDashboardData(database.ConnectionString).BuildServiceProvider().GetRequiredService<NoticeReadModel>();
        var notice = (await model.SnapshotAsync(_ct)).Find("current")!;
        await using var db = database.CreateContext();
        Assert.Equal(Notice, await Q.PracticeQueries.CurrentNoticeIdAsync(db, _ct));
        Assert.Equal(Notice, notice.Id);
        var filters = new[]
        {
            DashboardFilter.None, new DashboardFilter { ProvinceCodes = new HashSet<string> { "440000" } },
            new DashboardFilter { Levels = new HashSet<string> { "district" }, Measures = new HashSet<int> { 1, 10 } },
            new DashboardFilter { Measures = new HashSet<int>() },
        };
        foreach (var f in filters)
        {
            var old = await Q.PracticeQueries.ListAsync(db, Notice, f, _ct);
            var now = notice.List(f);
            Assert.Equal(Json(old.Select(o => o with { }).ToList()), Json(now.Select(r => (object)r).ToList()).Replace(",\"NoticeId\":\"" + Notice + "\"", ""));
            Assert.Equal(Json(await Q.FacetQueries.CountAsync(db, Notice, f, _ct)), Json(notice.Facets(f)));
        }
        Assert.Equal(67, notice.Practices.Count);
        Assert.Equal(57, notice.Plotted.Count);
        Assert.Equal(Json(await Q.SearchQueries.PlottedOptionsAsync(db, Notice, _ct)), Json(notice.Places));
        Assert.Equal(Json(await Q.MeasureQueries.ListAsync(db, Notice, _ct)),
            Json(notice.Measures.Select(m => new { m.Number, m.ThemeNumber, m.ThemeTitle, m.Title, m.Lead })));
        var plotted = await Q.LocalityQueries.PlottedAsync(db, Notice, 0, _ct);
        Assert.Equal(plotted.Select(p => (p.Code, string.Join(",", p.Measures), string.Join(",", p.Themes), p.ProvinceNameZh, p.ProvinceNameEn, p.Pinyin)),
            notice.Plotted.Select(p => (p.Locality.Code, string.Join(",", p.Measures), string.Join(",", p.Themes), p.Locality.ProvinceNameZh, p.Locality.ProvinceNameEn, p.Locality.Pinyin)));
        var oldPoints = await Q.ExportQueries.PointsAsync(db, notice.Practices.Select(r => r.Code), _ct);
        Assert.All(notice.Plotted, p => Assert.Equal((oldPoints[p.Locality.Code].Longitude, oldPoints[p.Locality.Code].Latitude), (p.Locality.Point.X, p.Locality.Point.Y)));
        foreach (var code in new[] { "220581", "440114", "511523" })
            Assert.Equal(Json(await Q.PracticeQueries.ForLocalityAsync(db, Notice, code, _ct)), Json(notice.ForLocality(code).Select(r => (object)r)).Replace(",\"NoticeId\":\"" + Notice + "\"", ""));
    }
}
