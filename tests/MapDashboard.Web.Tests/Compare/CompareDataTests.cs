using MapDashboard.Web.Features.Compare;
using Xunit;
using static MapDashboard.Web.Tests.Compare.TwoNoticeSnapshot;

namespace MapDashboard.Web.Tests.Compare;

public class CompareDataTests
{
    private static async Task<CompareLoad.Loaded> LoadAsync(string codes, string? notice = null) =>
        Assert.IsType<CompareLoad.Loaded>(await new CompareData(Reads()).LoadAsync(CompareUrl.Read(codes, null, notice, null), CancellationToken.None));

    [Fact]
    public async Task Each_column_comes_from_the_notice_its_place_names()
    {
        var loaded = await LoadAsync($"{Older}:440114,{Newer}:510117");
        Assert.Equal([(Older, "440114"), (Newer, "510117")], loaded.Localities.Select(l => (l.Notice!.Id, l.Code)));
        Assert.Equal(230_000_000m, loaded.Localities[0].Figures.Single().Value);
    }

    [Fact]
    public async Task A_plain_code_comes_from_the_newest_published_notice_without_notice()
    {
        var loaded = await LoadAsync("440114");
        Assert.Equal(Newer, Assert.Single(loaded.Localities).Notice!.Id);
        Assert.Equal(300_000_000m, loaded.Localities[0].Figures.Single().Value);
    }

    [Fact]
    public async Task A_plain_code_comes_from_the_pages_notice_when_one_is_given()
    {
        var loaded = await LoadAsync($"440114,{Newer}:440114", notice: Older);
        Assert.Equal([Older, Newer], loaded.Localities.Select(l => l.Notice!.Id));
    }

    [Fact]
    public async Task A_place_from_an_unknown_notice_is_reported_not_thrown()
    {
        var loaded = await LoadAsync("ndrc-1999-1:440114,510184", notice: Older);
        Assert.Equal("510184", Assert.Single(loaded.Localities).Code);
        Assert.Equal(new CompareMiss("440114", "ndrc-1999-1", CompareMissKind.UnknownNotice), Assert.Single(loaded.Missing));
    }

    [Fact]
    public async Task An_unknown_notice_for_the_page_leaves_its_plain_codes_out_and_says_which_notice()
    {
        var loaded = await LoadAsync("440114", notice: "ndrc-1999-1");
        Assert.Empty(loaded.Localities);
        Assert.Equal("ndrc-1999-1", loaded.UnknownNotice);
        Assert.Equal(CompareMissKind.UnknownNotice, Assert.Single(loaded.Missing).Kind);
    }

    [Fact]
    public async Task A_place_its_notice_does_not_credit_is_reported()
    {
        var loaded = await LoadAsync($"{Older}:510117");
        Assert.Equal(new CompareMiss("510117", Older, CompareMissKind.NotInNotice), Assert.Single(loaded.Missing));
    }

    [Fact]
    public async Task The_picker_offers_each_place_once_per_notice_that_credits_it()
    {
        var loaded = await LoadAsync("");
        Assert.True(loaded.SeveralNotices);
        Assert.Equal([Older, Newer], loaded.Options.Where(o => o.Place.Code == "440114").Select(o => o.Notice.Id).Order());
    }
}
