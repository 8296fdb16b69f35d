using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>The search box's queries against the real seeds: what people type finds pilots and other places.</summary>
public class PlaceSearchTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private const string Notice = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    // Pidu District, Jintang County and Chongzhou City: the notice's three pilots inside Chengdu.
    private static readonly string[] ChengduPilots = ["510117", "510121", "510184"];

    [Theory]
    [InlineData("成都")]
    [InlineData("Chengdu")]
    [InlineData("chengdu")]
    public async Task A_parent_city_lists_the_pilots_inside_it(string typed)
    {
        await using var db = database.CreateContext();
        var options = await SearchQueries.PlottedOptionsAsync(db, Notice, _ct);
        var found = options.Where(o => o.Matches(typed)).Select(o => o.Code).Order().ToList();
        Assert.Equal(ChengduPilots, found);
    }

    [Fact]
    public async Task A_pilot_found_by_its_city_is_not_taken_for_a_match_of_its_own_name()
    {
        await using var db = database.CreateContext();
        var pidu = (await SearchQueries.PlottedOptionsAsync(db, Notice, _ct)).Single(o => o.Code == "510117");
        Assert.False(pidu.MatchesOwnName("成都"));
        Assert.True(pidu.MatchesOwnName("郫都"));
    }

    [Theory]
    [InlineData("成都", "510100", "prefecture")]
    [InlineData("Chengdu", "510100", "prefecture")]
    [InlineData("四川", "510000", "province")]
    [InlineData("Wuhou", "510107", "district")]
    [InlineData("大邑县", "510129", "county")]
    public async Task Any_province_city_or_county_of_the_gazetteer_is_found_first_by_its_exact_name(string typed, string code, string level)
    {
        await using var db = database.CreateContext();
        var first = (await SearchQueries.GazetteerAsync(db, Notice, typed, 8, _ct))[0];
        Assert.Equal((code, level), (first.Code, first.Level));
    }

    [Fact]
    public async Task A_gazetteer_place_carries_where_the_map_flies()
    {
        await using var db = database.CreateContext();
        var chengdu = (await SearchQueries.GazetteerAsync(db, Notice, "成都市", 8, _ct)).Single(p => p.Code == "510100");
        Assert.Equal(("四川省", "Sichuan Province"), (chengdu.ProvinceNameZh, chengdu.ProvinceNameEn));
        var b = Assert.IsType<PlaceBounds>(chengdu.Bounds);
        Assert.InRange(chengdu.Longitude, b.West, b.East);
        Assert.InRange(chengdu.Latitude, b.South, b.North);
        Assert.InRange(b.East - b.West, 0.5, 3);
    }

    [Fact]
    public async Task Pilots_and_towns_are_not_offered_as_gazetteer_places()
    {
        await using var db = database.CreateContext();
        Assert.DoesNotContain(await SearchQueries.GazetteerAsync(db, Notice, "郫都", 8, _ct), p => p.Code == "510117");
        Assert.DoesNotContain(await SearchQueries.GazetteerAsync(db, Notice, "街道", 8, _ct), p => p.Level == "town");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Empty_text_and_like_wildcards_find_nothing_by_themselves(string typed)
    {
        await using var db = database.CreateContext();
        Assert.Empty(await SearchQueries.GazetteerAsync(db, Notice, typed, 8, _ct));
    }

    [Fact]
    public async Task Over_long_text_finds_nothing_and_results_are_bounded()
    {
        await using var db = database.CreateContext();
        Assert.Empty(await SearchQueries.GazetteerAsync(db, Notice, new string('县', SearchQueries.MaxQueryLength + 1), 8, _ct));
        Assert.Equal(SearchQueries.MaxGazetteerResults, (await SearchQueries.GazetteerAsync(db, Notice, "县", 1000, _ct)).Count);
    }
}
