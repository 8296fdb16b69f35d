using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>The dashboard's queries against the real seeds in PostGIS.</summary>
public class DashboardQueryTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private const string Notice = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static DashboardFilter Provinces(params string[] codes) => new() { ProvinceCodes = codes.ToHashSet() };

    [Fact]
    public async Task The_current_notice_is_the_imported_one()
    {
        await using var db = database.CreateContext();
        Assert.Equal(Notice, await PracticeQueries.CurrentNoticeIdAsync(db, _ct));
    }

    [Fact]
    public async Task A_province_filter_keeps_only_practices_of_localities_in_that_province()
    {
        await using var db = database.CreateContext();
        var rows = await PracticeQueries.ListAsync(db, Notice, Provinces("440000"), _ct);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("440000", r.ProvinceCode));
        Assert.Contains(rows, r => r.Code == "440114" && r.MeasureNumber == 10);
    }

    [Fact]
    public async Task Choosing_a_province_does_not_zero_the_other_provinces_counts()
    {
        await using var db = database.CreateContext();
        var all = await FacetQueries.CountAsync(db, Notice, DashboardFilter.None, _ct);
        var one = await FacetQueries.CountAsync(db, Notice, Provinces("440000"), _ct);
        Assert.Equal(all.Provinces, one.Provinces);
        Assert.True(one.Localities < all.Localities);
    }

    [Fact]
    public async Task Measure_counts_follow_the_province_filter()
    {
        await using var db = database.CreateContext();
        var one = await FacetQueries.CountAsync(db, Notice, Provinces("440000"), _ct);
        var rows = await PracticeQueries.ListAsync(db, Notice, Provinces("440000"), _ct);
        foreach (var m in one.Measures)
            Assert.Equal(rows.Where(r => r.MeasureNumber.ToString() == m.Key).Select(r => r.Code).Distinct().Count(), m.Localities);
    }

    [Fact]
    public async Task An_empty_measure_set_shows_nothing_and_no_measure_restriction_shows_everything()
    {
        await using var db = database.CreateContext();
        Assert.Empty(await PracticeQueries.ListAsync(db, Notice, new DashboardFilter { Measures = new HashSet<int>() }, _ct));
        var all = await PracticeQueries.ListAsync(db, Notice, DashboardFilter.None, _ct);
        Assert.Equal(67, all.Count);
    }

    [Fact]
    public async Task A_locality_shows_all_its_measures_whatever_the_filter()
    {
        await using var db = database.CreateContext();
        var meihekou = await PracticeQueries.ForLocalityAsync(db, Notice, "220581", _ct);
        Assert.Equal([3, 6, 12], meihekou.Select(r => r.MeasureNumber).Order());
    }

    [Fact]
    public async Task Plotted_localities_come_largest_first_so_smaller_units_draw_on_top()
    {
        await using var db = database.CreateContext();
        var rows = await LocalityQueries.PlottedAsync(db, Notice, 0.01, _ct);
        var codes = rows.Select(r => r.Code).ToList();
        Assert.True(codes.IndexOf("440100") < codes.IndexOf("440114"), "Guangzhou must come before Huadu");
        Assert.True(codes.IndexOf("640100") < codes.IndexOf("640104"), "Yinchuan must come before Xingqing");
    }

    [Fact]
    public async Task Search_finds_a_place_by_Chinese_English_or_pinyin()
    {
        await using var db = database.CreateContext();
        var options = await SearchQueries.PlottedOptionsAsync(db, Notice, _ct);
        Assert.Equal("440114", Assert.Single(options, o => o.Matches("花都")).Code);
        Assert.Contains(options, o => o.Matches("huadu") && o.Code == "440114");
        Assert.Contains(options, o => o.Matches("Jiang 'an") && o.Code == "511523");
    }
}
