using MapDashboard.Data.ReadModel;
using MapDashboard.Data.Search;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>The search box's sources against the real seeds: the snapshot's pilots and the gazetteer search.</summary>
public class PlaceSearchTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly ServiceProvider _services = new ServiceCollection().AddMapDashboardData(database.ConnectionString).BuildServiceProvider();

    private async Task<IReadOnlyList<LocalityOption>> PilotsAsync() =>
        (await _services.GetRequiredService<NoticeReadModel>().SnapshotAsync(_ct)).Current!.Places;

    private async Task<IReadOnlyList<GazetteerPlace>> GazetteerAsync(string typed, int limit = 8) =>
        await _services.GetRequiredService<GazetteerSearch>().FindAsync(typed, (await PilotsAsync()).Select(p => p.Code).ToList(), limit, _ct);

    // Pidu District, Jintang County and Chongzhou City: the notice's three pilots inside Chengdu.
    private static readonly string[] ChengduPilots = ["510117", "510121", "510184"];

    [Theory]
    [InlineData("成都")]
    [InlineData("Chengdu")]
    [InlineData("chengdu")]
    public async Task A_parent_city_lists_the_pilots_inside_it(string typed)
    {
        var found = (await PilotsAsync()).Where(o => o.Matches(typed)).Select(o => o.Code).Order().ToList();
        Assert.Equal(ChengduPilots, found);
    }

    [Fact]
    public async Task A_pilot_found_by_its_city_is_not_taken_for_a_match_of_its_own_name()
    {
        var pidu = (await PilotsAsync()).Single(o => o.Code == "510117");
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
        var first = (await GazetteerAsync(typed))[0];
        Assert.Equal((code, level), (first.Code, first.Level));
    }

    [Fact]
    public async Task A_gazetteer_place_carries_where_the_map_flies()
    {
        var chengdu = (await GazetteerAsync("成都市")).Single(p => p.Code == "510100");
        Assert.Equal(("四川省", "Sichuan Province"), (chengdu.ProvinceNameZh, chengdu.ProvinceNameEn));
        var b = Assert.IsType<PlaceBounds>(chengdu.Bounds);
        Assert.InRange(chengdu.Longitude, b.West, b.East);
        Assert.InRange(chengdu.Latitude, b.South, b.North);
        Assert.InRange(b.East - b.West, 0.5, 3);
    }

    [Fact]
    public async Task Pilots_and_towns_are_not_offered_as_gazetteer_places()
    {
        Assert.DoesNotContain(await GazetteerAsync("郫都"), p => p.Code == "510117");
        Assert.DoesNotContain(await GazetteerAsync("街道"), p => p.Level == "town");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Empty_text_and_like_wildcards_find_nothing_by_themselves(string typed)
    {
        Assert.Empty(await GazetteerAsync(typed));
    }

    [Fact]
    public async Task Over_long_text_finds_nothing_and_results_are_bounded()
    {
        Assert.Empty(await GazetteerAsync(new string('县', GazetteerSearch.MaxQueryLength + 1)));
        Assert.Equal(GazetteerSearch.MaxResults, (await GazetteerAsync("县", 1000)).Count);
    }
}
